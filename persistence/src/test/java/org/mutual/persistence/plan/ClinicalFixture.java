package org.mutual.persistence.plan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.mutual.domain.client.ClientId;
import org.mutual.domain.exercise.BuiltInPractices;
import org.mutual.domain.exercise.Exercise;
import org.mutual.domain.exercise.ExerciseId;
import org.mutual.domain.exercise.ExerciseQuery;
import org.mutual.domain.exercise.Practice;
import org.mutual.domain.group.GroupId;
import org.mutual.domain.membership.NewMembership;
import org.mutual.domain.schedule.SessionLocation;
import org.mutual.domain.session.Occurrence;
import org.mutual.domain.session.SessionId;
import org.mutual.domain.user.UserId;
import org.mutual.persistence.exercise.JooqExerciseRepository;
import org.mutual.persistence.membership.JooqMembershipRepository;
import org.mutual.persistence.session.JooqSessionRepository;
import org.mutual.persistence.support.TestData;

/**
 * The rows the plan, record and note tests share: two therapists, Alice's Tuesday group with three
 * members (Ana, Ben, Cat) and weekly sessions, Bob's Thursday group, and the built-in exercises.
 * Sessions start at 16:00 UTC, so their date is the same in UTC and the practice's zone.
 */
public final class ClinicalFixture {

    public static final ZoneOffset ZONE = ZoneOffset.UTC;
    public static final SessionLocation ROOM = SessionLocation.of("Room 2", null);

    public final DSLContext dsl;
    public final TestData data;
    public final JooqSessionRepository sessions;
    public final JooqExerciseRepository exercises;
    public final UserId alice;
    public final UserId bob;
    public final GroupId tuesday;
    public final GroupId thursday;
    public final ClientId ana;
    public final ClientId ben;
    public final ClientId cat;
    public final Map<Practice, ExerciseId> builtIns;

    public ClinicalFixture(DSLContext dsl) {
        this.dsl = dsl;
        data = new TestData(dsl);
        sessions = new JooqSessionRepository(dsl);
        exercises = new JooqExerciseRepository(dsl, Clock.systemUTC());
        alice = data.therapist("alice");
        bob = data.therapist("bob");
        tuesday = data.group("Tuesday evening", alice);
        thursday = data.group("Thursday morning", bob);
        JooqMembershipRepository memberships = new JooqMembershipRepository(dsl);
        ana = data.client("Ana");
        ben = data.client("Ben");
        cat = data.client("Cat");
        for (ClientId client : List.of(ana, ben, cat)) {
            memberships.create(NewMembership.of(tuesday, client, LocalDate.of(2026, 4, 1), Set.of()));
        }
        exercises.seedBuiltIns(BuiltInPractices.all());
        builtIns = exercises.search(ExerciseQuery.visibleTo(alice), 0, 20).stream()
                .filter(Exercise::builtIn)
                .collect(Collectors.toMap(Exercise::practice, Exercise::id));
    }

    public ExerciseId builtIn(Practice practice) {
        return builtIns.get(practice);
    }

    /** A 90-minute session of the group starting at {@code start}. */
    public SessionId session(GroupId group, String start) {
        Instant s = Instant.parse(start);
        return sessions.createAll(group, null, List.of(new Occurrence(LocalDate.ofInstant(s, ZONE), s,
                s.plusSeconds(5400))), ROOM).getFirst();
    }

    public static <T, K> Map<K, T> by(List<T> items, Function<T, K> key) {
        return items.stream().collect(Collectors.toMap(key, Function.identity()));
    }
}
