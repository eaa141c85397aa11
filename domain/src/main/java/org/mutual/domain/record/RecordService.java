package org.mutual.domain.record;

import java.time.Clock;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mutual.domain.attendance.AttendanceRepository;
import org.mutual.domain.attendance.SessionMembers;
import org.mutual.domain.audit.Audit;
import org.mutual.domain.base.NotFoundException;
import org.mutual.domain.base.Transactions;
import org.mutual.domain.base.ValidationException;
import org.mutual.domain.base.Validator;
import org.mutual.domain.client.ClientId;
import org.mutual.domain.exercise.Exercise;
import org.mutual.domain.exercise.ExerciseId;
import org.mutual.domain.exercise.FieldType;
import org.mutual.domain.exercise.RecordingField;
import org.mutual.domain.exercise.RecordingScope;
import org.mutual.domain.group.GroupAccess;
import org.mutual.domain.plan.PlanItem;
import org.mutual.domain.plan.PlanItemId;
import org.mutual.domain.session.Session;
import org.mutual.domain.session.SessionId;
import org.mutual.domain.session.SessionRepository;
import org.mutual.domain.session.SessionStatus;
import org.mutual.domain.user.AppUser;

/**
 * Recording planned exercises live. Records are clinical: only the facilitators of the session's
 * group read or write them (an admin who doesn't facilitate is refused), and every read and write is
 * audited. Each value is checked against its exercise's field: its type, its scope, and that the
 * members it is about are present (marked present or late; everyone on the roster while no
 * attendance has been taken).
 */
public final class RecordService {

    static final String RECORD = "record";
    static final int MAX_DELTA = FieldType.COUNTER_MAX;

    private final RecordRepository records;
    private final SessionRepository sessions;
    private final AttendanceRepository attendance;
    private final GroupAccess access;
    private final Audit audit;
    private final Transactions tx;
    private final Clock clock;
    private final ZoneId zone;

    public RecordService(RecordRepository records, SessionRepository sessions, AttendanceRepository attendance,
                         GroupAccess access, Audit audit, Transactions tx, Clock clock, ZoneId practiceZone) {
        this.records = records;
        this.sessions = sessions;
        this.attendance = attendance;
        this.access = access;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
        this.zone = practiceZone;
    }

    /** The session's record tab, in a fixed number of queries whatever the plan's length. */
    public SessionRecords read(SessionId id) {
        return read(loadSession(id));
    }

    /**
     * The record tab of a session the caller has already loaded (the session page), so it isn't read
     * again: the records with their exercises in one query, who is present in another, one audit entry.
     */
    public SessionRecords read(Session session) {
        SessionId id = session.id();
        access.requireFacilitator(session.group(), "record.read", RECORD, "session:" + id);
        List<RecordedExercise> all = records.recordsWithExercises(id);
        Map<ExerciseId, Exercise> byId = new HashMap<>();
        all.forEach(r -> byId.put(r.exercise().id(), r.exercise()));
        List<ClientId> present = attendance.members(id, session.group()).present(session.group(),
                session.localDate(zone));
        audit.allowed("record.read", RECORD, "session:" + id);
        return new SessionRecords(all.stream().map(RecordedExercise::record).toList(), byId, present);
    }

    /**
     * Sets a member's or a pair's value; turns are added with {@link #addTurn}.
     *
     * @throws ValidationException on {@code value} with {@code record.value.invalid} when it doesn't
     *         fit the field, on {@code subject} when it isn't of the field's scope or its members aren't
     *         present, on {@code fieldKey} when the exercise has no such field
     */
    public void setValue(PlanItemId item, String subject, String fieldKey, String raw) {
        Target target = target(item);
        RecordingField field = target.field(fieldKey);
        Subject parsed = target.subject(subject, field);
        String value = field.validate(raw);
        write(target, () -> records.setValue(item, parsed.key(), field.key(), value, target.user.id(), clock.instant()));
    }

    /**
     * Taps a counter up (or down with a negative {@code delta}) and returns its new value; see
     * {@link RecordRepository#increment}.
     */
    public int increment(PlanItemId item, String subject, String fieldKey, int delta) {
        Target target = target(item);
        RecordingField field = target.field(fieldKey);
        if (field.type() != FieldType.COUNTER) {
            throw ValidationException.of("fieldKey", "record.field.not-counter");
        }
        if (delta == 0 || Math.abs(delta) > MAX_DELTA) {
            throw ValidationException.of("value", FieldType.INVALID);
        }
        Subject parsed = target.subject(subject, field);
        return tx.inTransaction(() -> {
            int value = records.increment(item, parsed.key(), field.key(), delta, target.user.id(), clock.instant());
            audit.allowed("record.write", RECORD, "planitem:" + item);
            return value;
        });
    }

    /** Records the next turn of an exercise recorded turn by turn; returns its number. */
    public int addTurn(PlanItemId item, ClientId member, int level) {
        Target target = target(item);
        RecordingField field = target.exercise.turnField()
                .orElseThrow(() -> ValidationException.of("fieldKey", "record.field.no-turns"));
        if (member == null) {
            throw ValidationException.of("member", "validation.required");
        }
        target.requirePresent(List.of(member));
        String value = field.validate(Integer.toString(level));
        return tx.inTransaction(() -> {
            int number = records.addTurn(item, member, field.key(), value, target.user.id(), clock.instant());
            audit.allowed("record.write", RECORD, "planitem:" + item);
            return number;
        });
    }

    /** Takes back the latest turn (a mistaken tap). */
    public void removeLastTurn(PlanItemId item) {
        Target target = target(item);
        write(target, () -> records.removeLastTurn(item));
    }

    /** Stores the observation and returns its new version; see {@link RecordRepository#setObservation}. */
    public int setObservation(PlanItemId item, String text, int expectedVersion) {
        Target target = target(item);
        Validator v = new Validator();
        String clean = v.optionalText(text, "observation", ExerciseRecord.OBSERVATION_MAX);
        v.throwIfInvalid();
        return tx.inTransaction(() -> {
            int version = records.setObservation(item, clean, expectedVersion);
            audit.allowed("record.write", RECORD, "planitem:" + target.item.id());
            return version;
        });
    }

    private void write(Target target, Runnable work) {
        tx.run(() -> {
            work.run();
            audit.allowed("record.write", RECORD, "planitem:" + target.item.id());
        });
    }

    /**
     * The planned exercise a write is about, checked: the caller facilitates it and the session is on.
     * One query (the item, its session, its exercise and the group's people at the session).
     */
    private Target target(PlanItemId id) {
        RecordTarget read = records.target(id).orElseThrow(() -> new NotFoundException("planitem", id));
        Session session = read.session();
        AppUser user = access.requireFacilitator(session.group(), "record.write", RECORD, "planitem:" + id);
        if (session.status() == SessionStatus.CANCELLED) {
            throw ValidationException.of("session", "session.already-cancelled");
        }
        return new Target(read.item(), session, read.exercise(), user, read.members());
    }

    private Session loadSession(SessionId id) {
        return sessions.find(id).orElseThrow(() -> new NotFoundException("session", id));
    }

    private final class Target {
        final PlanItem item;
        final Session session;
        final Exercise exercise;
        final AppUser user;
        final SessionMembers members;

        Target(PlanItem item, Session session, Exercise exercise, AppUser user, SessionMembers members) {
            this.item = item;
            this.session = session;
            this.exercise = exercise;
            this.user = user;
            this.members = members;
        }

        RecordingField field(String key) {
            return exercise.field(key).orElseThrow(() -> ValidationException.of("fieldKey", "record.field.unknown"));
        }

        /** Values of a turn's field only come with a new turn, so a turn subject is refused here. */
        Subject subject(String subject, RecordingField field) {
            Subject parsed = Subject.parse(subject);
            if (parsed.scope() != field.scope() || field.scope() == RecordingScope.TURN) {
                throw ValidationException.of("subject", "record.subject.scope");
            }
            requirePresent(switch (parsed) {
                case Subject.Member m -> List.of(m.client());
                case Subject.Pair p -> List.of(p.a(), p.b());
                case Subject.Turn t -> List.of(t.client());
            });
            return parsed;
        }

        void requirePresent(List<ClientId> recorded) {
            List<ClientId> present = members.present(session.group(), session.localDate(zone));
            if (!present.containsAll(recorded)) {
                throw ValidationException.of("subject", "record.member-not-present");
            }
        }
    }
}
