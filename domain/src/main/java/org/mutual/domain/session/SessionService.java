package org.mutual.domain.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.function.UnaryOperator;
import org.mutual.domain.audit.Audit;
import org.mutual.domain.base.AccessDeniedException;
import org.mutual.domain.base.NotFoundException;
import org.mutual.domain.base.Transactions;
import org.mutual.domain.base.Validator;
import org.mutual.domain.group.GroupAccess;
import org.mutual.domain.group.GroupId;
import org.mutual.domain.schedule.SessionLocation;
import org.mutual.domain.schedule.WeeklySlot;
import org.mutual.domain.user.AppUser;
import org.mutual.domain.user.CurrentUser;
import org.mutual.domain.user.Role;

/**
 * Planning when a group meets: weekly series, single extra sessions, cancelling or moving one
 * occurrence, and changing the slot of a series from now on. Facilitators change sessions; admins
 * may look.
 */
public final class SessionService {

    static final String RECORD = "session";

    private final SessionRepository sessions;
    private final GroupAccess access;
    private final CurrentUser currentUser;
    private final Audit audit;
    private final Transactions tx;
    private final Clock clock;

    public SessionService(SessionRepository sessions, GroupAccess access, CurrentUser currentUser, Audit audit,
                          Transactions tx, Clock clock) {
        this.sessions = sessions;
        this.access = access;
        this.currentUser = currentUser;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    /** Creates a weekly series between two dates (inclusive) at the slot's local wall-clock time. */
    public List<SessionId> generateSeries(GroupId group, WeeklySlot slot, LocalDate from, LocalDate to,
                                          SessionLocation location) {
        access.requireFacilitator(group, "session.create", RECORD, "group:" + group);
        List<Occurrence> occurrences = WeeklySeries.generate(slot, from, to);
        return tx.inTransaction(() -> {
            SeriesId series = sessions.newSeries(group, slot);
            List<SessionId> ids = sessions.createAll(group, series, occurrences, location);
            audit.allowed("session.series.create", "series", series);
            return ids;
        });
    }

    /** One extra session outside any series. */
    public SessionId addSingle(GroupId group, LocalDate date, LocalTime start, Duration duration, ZoneId zone,
                               SessionLocation location) {
        access.requireFacilitator(group, "session.create", RECORD, "group:" + group);
        Validator.requireDateInRange(date, "from");
        WeeklySlot slot = WeeklySlot.of(date.getDayOfWeek(), start, duration, zone);
        Instant startsAt = ZonedDateTime.of(date, slot.start(), slot.zone()).toInstant();
        Occurrence occurrence = new Occurrence(date, startsAt, startsAt.plus(slot.duration()));
        return tx.inTransaction(() -> {
            SessionId id = sessions.createAll(group, null, List.of(occurrence), location).getFirst();
            audit.allowed("session.create", RECORD, id);
            return id;
        });
    }

    public Session get(SessionId id) {
        Session session = sessions.find(id).orElseThrow(() -> new NotFoundException(RECORD, id));
        access.requireOrganisationalAccess(session.group(), "session.read", RECORD, id);
        return session;
    }

    /** The session with its group's name: the head of the session page. Checked like {@link #get}. */
    public SessionOverview overview(SessionId id) {
        SessionOverview overview = sessions.overview(id).orElseThrow(() -> new NotFoundException(RECORD, id));
        access.requireOrganisationalAccess(overview.session().group(), "session.read", RECORD, id);
        return overview;
    }

    /** Whether the current user facilitates the session's group. */
    public boolean canRecord(Session session) {
        return access.isFacilitator(session.group());
    }

    public void cancel(SessionId id, String reason, int expectedVersion) {
        change(id, "session.cancel", s -> s.cancel(reason), expectedVersion);
    }

    public void move(SessionId id, Instant start, Instant end, int expectedVersion) {
        change(id, "session.move", s -> s.moveTo(start, end), expectedVersion);
    }

    /** Changes a series' slot from now on: past, held, cancelled and individually moved sessions stay. */
    public int reschedule(SeriesId series, WeeklySlot newSlot) {
        List<Session> ofSeries = sessions.sessionsOfSeries(series);
        if (ofSeries.isEmpty()) {
            throw new NotFoundException("series", series);
        }
        access.requireFacilitator(ofSeries.getFirst().group(), "session.series.reschedule", "series", series);
        return tx.inTransaction(() -> {
            List<Session> changed = WeeklySeries.reschedule(ofSeries, newSlot, clock.instant());
            for (Session s : changed) {
                sessions.update(s, s.version());
            }
            sessions.updateSlot(series, newSlot);
            audit.allowed("session.series.reschedule", "series", series);
            return changed.size();
        });
    }

    public List<Session> sessionsOfGroup(GroupId group, Instant from, Instant to) {
        access.requireOrganisationalAccess(group, "session.list", RECORD, "group:" + group);
        return sessions.sessionsOfGroup(group, from, to);
    }

    /** The current therapist's sessions across all the groups they facilitate. */
    public List<Session> mySessions(Instant from, Instant to) {
        AppUser user = currentUser.require();
        if (!user.is(Role.THERAPIST)) {
            throw new AccessDeniedException(RECORD, "mine");
        }
        return sessions.sessionsOfFacilitator(user.id(), from, to);
    }

    private void change(SessionId id, String action, UnaryOperator<Session> edit, int expectedVersion) {
        Session current = sessions.find(id).orElseThrow(() -> new NotFoundException(RECORD, id));
        access.requireFacilitator(current.group(), action, RECORD, id);
        tx.run(() -> {
            sessions.update(edit.apply(current), expectedVersion);
            audit.allowed(action, RECORD, id);
        });
    }
}
