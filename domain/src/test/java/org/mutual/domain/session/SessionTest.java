package org.mutual.domain.session;

import org.mutual.domain.schedule.SessionLocation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mutual.domain.base.ValidationException;
import org.mutual.domain.group.GroupId;

class SessionTest {

    static final Instant START = Instant.parse("2026-03-19T17:00:00Z");
    static final Instant END = Instant.parse("2026-03-19T18:30:00Z");
    static final SessionLocation ROOM = SessionLocation.of("Room 2", null);

    static Session planned(long id, Instant start, Instant end) {
        return new Session(new SessionId(id), new GroupId(1), new SeriesId(1), start, end, ROOM,
                SessionStatus.PLANNED, null, false, 0);
    }

    final Session planned = planned(1, START, END);

    static void assertRefused(Runnable change, String field, String messageKey) {
        assertThatThrownBy(change::run).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.byField().get(field).messageKey()).isEqualTo(messageKey));
    }

    @Test
    void cancelling_one_occurrence_leaves_the_others_of_the_series_planned() {
        List<Session> series = new ArrayList<>();
        for (int week = 0; week < 3; week++) {
            series.add(planned(week + 1, START.plusSeconds(week * 7 * 86_400L), END.plusSeconds(week * 7 * 86_400L)));
        }
        List<Session> before = List.copyOf(series);

        series.set(1, series.get(1).cancel("  Therapist ill "));

        assertThat(series.get(1).status()).isEqualTo(SessionStatus.CANCELLED);
        assertThat(series.get(1).cancelReason()).isEqualTo("Therapist ill");
        assertThat(series.get(1).startsAt()).isEqualTo(before.get(1).startsAt());
        assertThat(series.get(0)).isEqualTo(before.get(0));
        assertThat(series.get(2)).isEqualTo(before.get(2));
    }

    @Test
    void cancelling_needs_a_reason_of_at_most_500_characters() {
        assertRefused(() -> planned.cancel("  "), "cancelReason", "validation.required");
        assertRefused(() -> planned.cancel("x".repeat(501)), "cancelReason", "validation.too-long");
        assertThat(planned.cancel("x".repeat(500)).cancelReason()).hasSize(500);
    }

    @Test
    void held_session_cannot_be_cancelled_and_cancelling_twice_is_refused() {
        assertRefused(() -> planned.markHeld().cancel("too late"), "status", "session.already-held");
        assertRefused(() -> planned.cancel("ill").cancel("again"), "status", "session.already-cancelled");
    }

    @Test
    void moving_one_occurrence_marks_it_moved_and_keeps_the_rest() {
        Instant newStart = START.plusSeconds(86_400);
        Instant newEnd = END.plusSeconds(86_400);

        Session moved = planned.moveTo(newStart, newEnd);

        assertThat(moved.moved()).isTrue();
        assertThat(moved.startsAt()).isEqualTo(newStart);
        assertThat(moved.endsAt()).isEqualTo(newEnd);
        assertThat(moved).usingRecursiveComparison().ignoringFields("startsAt", "endsAt", "moved").isEqualTo(planned);
    }

    @Test
    void move_needs_an_end_after_the_start() {
        assertRefused(() -> planned.moveTo(END, START), "endsAt", "session.end-before-start");
        assertRefused(() -> planned.moveTo(START, START), "endsAt", "session.end-before-start");
        assertRefused(() -> planned.moveTo(null, END), "startsAt", "validation.required");
    }

    @Test
    void held_or_cancelled_session_cannot_be_moved() {
        assertRefused(() -> planned.markHeld().moveTo(START, END), "status", "session.already-held");
        assertRefused(() -> planned.cancel("ill").moveTo(START, END), "status", "session.already-cancelled");
    }

    @Test
    void cancelled_session_cannot_be_marked_held() {
        assertThat(planned.markHeld().status()).isEqualTo(SessionStatus.HELD);
        assertRefused(() -> planned.cancel("ill").markHeld(), "status", "session.already-cancelled");
    }

    @Test
    void local_date_depends_on_the_zone() {
        Session lateEvening = planned(2, Instant.parse("2026-03-19T23:30:00Z"), Instant.parse("2026-03-20T00:30:00Z"));

        assertThat(lateEvening.localDate(ZoneOffset.UTC)).isEqualTo(LocalDate.of(2026, 3, 19));
        assertThat(lateEvening.localDate(ZoneId.of("Europe/Madrid"))).isEqualTo(LocalDate.of(2026, 3, 20));
    }
}
