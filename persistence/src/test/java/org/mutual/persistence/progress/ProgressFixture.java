package org.mutual.persistence.progress;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.mutual.domain.attendance.AttendanceStatus;
import org.mutual.domain.client.ClientId;
import org.mutual.domain.exercise.Practice;
import org.mutual.domain.group.GroupId;
import org.mutual.domain.homework.Homework;
import org.mutual.domain.homework.HomeworkId;
import org.mutual.domain.homework.NewHomework;
import org.mutual.domain.measure.Cadence;
import org.mutual.domain.measure.Instrument;
import org.mutual.domain.measure.MeasureResponse;
import org.mutual.domain.measure.NewSchedule;
import org.mutual.domain.measure.Release;
import org.mutual.domain.measure.ScheduleId;
import org.mutual.domain.plan.PlanItemId;
import org.mutual.domain.session.Session;
import org.mutual.domain.session.SessionId;
import org.mutual.persistence.attendance.JooqAttendanceRepository;
import org.mutual.persistence.homework.JooqHomeworkRepository;
import org.mutual.persistence.measure.JooqMeasureRepository;
import org.mutual.persistence.plan.ClinicalFixture;
import org.mutual.persistence.plan.JooqPlanRepository;
import org.mutual.persistence.record.JooqRecordRepository;

/**
 * Fills a group of the clinical fixture (Ana, Ben and Cat in Alice's Tuesday group) with held
 * sessions and everything the progress page reads, through the real repositories.
 */
public final class ProgressFixture {

    /** The first session: a Tuesday, 16:00 UTC; the others follow weekly. */
    static final Instant FIRST = Instant.parse("2026-04-07T16:00:00Z");

    public final ClinicalFixture f;
    public final JooqAttendanceRepository attendance;
    public final JooqHomeworkRepository homework;
    public final JooqMeasureRepository measures;
    public final JooqPlanRepository plans;
    public final JooqRecordRepository records;

    public ProgressFixture(DSLContext dsl) {
        f = new ClinicalFixture(dsl);
        attendance = new JooqAttendanceRepository(dsl);
        homework = new JooqHomeworkRepository(dsl);
        measures = new JooqMeasureRepository(dsl);
        plans = new JooqPlanRepository(dsl, Clock.systemUTC());
        records = new JooqRecordRepository(dsl);
    }

    /** A held session {@code week} weeks after {@link #FIRST}. */
    public SessionId held(GroupId group, int week) {
        SessionId id = planned(group, week);
        Session session = f.sessions.find(id).orElseThrow();
        f.sessions.update(session.markHeld(), session.version());
        return id;
    }

    SessionId planned(GroupId group, int week) {
        return f.session(group, FIRST.plus(Duration.ofDays(7L * week)).toString());
    }

    void mark(SessionId session, ClientId client, AttendanceStatus status) {
        attendance.mark(session, client, status, f.alice, FIRST);
    }

    /** A give-and-take conversation in the session between two members with these turn counts. */
    void conversation(SessionId session, ClientId a, ClientId b, int turnsA, int turnsB) {
        PlanItemId item = plans.add(session, f.builtIn(Practice.GIVE_AND_TAKE), 15);
        String pair = a.value() < b.value() ? "pair:" + a + "-" + b : "pair:" + b + "-" + a;
        boolean aIsLower = a.value() < b.value();
        records.increment(item, pair, "turns_a", aIsLower ? turnsA : turnsB, f.alice, FIRST);
        records.increment(item, pair, "turns_b", aIsLower ? turnsB : turnsA, f.alice, FIRST);
    }

    /** Homework for one member due on {@code due}; handed in when {@code done}. */
    HomeworkId homework(GroupId group, ClientId client, LocalDate due, boolean done) {
        HomeworkId id = homework.createBatch(NewHomework.of(group, null, null, "Notice one offer of help", null, due,
                f.alice, FIRST), List.of(client)).homework().getFirst();
        if (done) {
            Homework found = homework.find(id).orElseThrow();
            homework.update(found.saveDraft("I noticed it.", Map.of()).submit(FIRST.plusSeconds(60)), found.version());
        }
        return id;
    }

    /** A submitted questionnaire of the member with every item answered {@code each}. */
    void score(GroupId group, ClientId client, Instrument instrument, int each, Instant submittedAt) {
        LocalDate due = LocalDate.of(2026, 6, 1);
        ScheduleId schedule = measures.createSchedule(new NewSchedule(group, client, instrument, new Cadence.Once(due),
                f.alice, submittedAt));
        measures.release(new Release(schedule, group, instrument, null, due, submittedAt), List.of(client));
        MeasureResponse pending = measures.pendingOf(client).stream().filter(r -> r.schedule().equals(schedule))
                .findFirst().orElseThrow();
        Map<Integer, Integer> answers = new HashMap<>();
        for (int item = 1; item <= instrument.items(); item++) {
            answers.put(item, each);
        }
        measures.updateResponse(pending.answer(answers).submit(submittedAt), pending.version());
    }

    /**
     * {@code count} held sessions where Ana came, Ben was absent and Cat excused, each with a
     * give-and-take conversation between Ana and Ben; plus three homework and two PHQ-9s per member.
     */
    public void fill(GroupId group, int count) {
        for (int week = 0; week < count; week++) {
            SessionId s = held(group, week);
            mark(s, f.ana, AttendanceStatus.PRESENT);
            mark(s, f.ben, AttendanceStatus.ABSENT);
            mark(s, f.cat, AttendanceStatus.EXCUSED);
            conversation(s, f.ana, f.ben, 6, 3);
        }
        for (ClientId client : List.of(f.ana, f.ben, f.cat)) {
            homework(group, client, LocalDate.of(2026, 4, 10), true);
            homework(group, client, LocalDate.of(2026, 4, 17), false);
            score(group, client, Instrument.PHQ9, 2, FIRST);
            score(group, client, Instrument.PHQ9, 1, FIRST.plus(Duration.ofDays(14)));
        }
    }
}
