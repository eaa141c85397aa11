package org.mutual.domain.record;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mutual.domain.base.ValidationException;
import org.mutual.domain.client.ClientId;
import org.mutual.domain.exercise.RecordingScope;

/**
 * Whom a recorded value is about, and its stored form: {@code member:{client}},
 * {@code pair:{a}-{b}} with a &lt; b, or {@code turn:{n}:{client}}.
 */
public sealed interface Subject {

    String INVALID = "record.subject.invalid";

    String key();

    RecordingScope scope();

    record Member(ClientId client) implements Subject {
        public Member {
            Objects.requireNonNull(client, "client");
        }

        @Override
        public String key() {
            return "member:" + client;
        }

        @Override
        public RecordingScope scope() {
            return RecordingScope.MEMBER;
        }
    }

    /** Two different members, the lower id first whatever order they were given in. */
    record Pair(ClientId a, ClientId b) implements Subject {
        public Pair {
            if (a == null || b == null || a.equals(b)) {
                throw ValidationException.of("subject", INVALID);
            }
            if (a.value() > b.value()) {
                ClientId lower = b;
                b = a;
                a = lower;
            }
        }

        @Override
        public String key() {
            return "pair:" + a + "-" + b;
        }

        @Override
        public RecordingScope scope() {
            return RecordingScope.PAIR;
        }
    }

    record Turn(int number, ClientId client) implements Subject {
        public Turn {
            Objects.requireNonNull(client, "client");
            if (number < 1) {
                throw ValidationException.of("subject", INVALID);
            }
        }

        @Override
        public String key() {
            return "turn:" + number + ":" + client;
        }

        @Override
        public RecordingScope scope() {
            return RecordingScope.TURN;
        }
    }

    static Member member(ClientId client) {
        return new Member(client);
    }

    static Pair pair(ClientId a, ClientId b) {
        return new Pair(a, b);
    }

    /**
     * @throws ValidationException on {@code subject} with {@code record.subject.invalid} when the
     *         text is not a stored subject (a pair must be written lower id first)
     */
    static Subject parse(String key) {
        String text = key == null ? "" : key;
        Matcher m = Pattern.compile("member:(\\d{1,18})").matcher(text);
        if (m.matches()) {
            Member member = new Member(new ClientId(Long.parseLong(m.group(1))));
            if (member.key().equals(text)) {
                return member;
            }
        }
        m = Pattern.compile("pair:(\\d{1,18})-(\\d{1,18})").matcher(text);
        if (m.matches()) {
            Pair pair = new Pair(new ClientId(Long.parseLong(m.group(1))), new ClientId(Long.parseLong(m.group(2))));
            if (pair.key().equals(text)) {
                return pair;
            }
        }
        m = Pattern.compile("turn:(\\d{1,9}):(\\d{1,18})").matcher(text);
        if (m.matches()) {
            Turn turn = new Turn(Integer.parseInt(m.group(1)), new ClientId(Long.parseLong(m.group(2))));
            if (turn.key().equals(text)) {
                return turn;
            }
        }
        throw ValidationException.of("subject", INVALID);
    }
}
