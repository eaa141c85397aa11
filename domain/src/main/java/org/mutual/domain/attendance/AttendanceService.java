package org.mutual.domain.attendance;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.mutual.domain.audit.Audit;
import org.mutual.domain.base.NotFoundException;
import org.mutual.domain.base.Transactions;
import org.mutual.domain.base.ValidationException;
import org.mutual.domain.client.Client;
import org.mutual.domain.client.ClientId;
import org.mutual.domain.client.ClientRepository;
import org.mutual.domain.group.GroupAccess;
import org.mutual.domain.group.GroupId;
import org.mutual.domain.membership.MembershipPeriod;
import org.mutual.domain.membership.MembershipRepository;
import org.mutual.domain.membership.Memberships;
import org.mutual.domain.session.Session;
import org.mutual.domain.session.SessionId;
import org.mutual.domain.session.SessionRepository;
import org.mutual.domain.session.SessionStatus;
import org.mutual.domain.user.AppUser;

/**
 * Taking attendance against a session's roster (derived from membership periods at the session's
 * date) and the attendance rates of a group. Marking is idempotent; a correction is a new mark and
 * is audited like the first.
 */
public final class AttendanceService {

    static final String RECORD = "attendance";
    private static final Instant BEGINNING = Instant.parse("1900-01-01T00:00:00Z");
    private static final Instant END = Instant.parse("3000-01-01T00:00:00Z");

    /** One member on a session's roster and their mark, if taken. */
    public record RosterEntry(MembershipPeriod period, Client client, AttendanceStatus status) {
    }

    /** A member's attendance over the group's held sessions. */
    public record MemberRate(Client client, AttendanceCount count) {
    }

    /** Every member's rate and the group's. */
    public record GroupRates(List<MemberRate> members, AttendanceCount group) {
    }

    private final AttendanceRepository marks;
    private final SessionRepository sessions;
    private final MembershipRepository memberships;
    private final ClientRepository clients;
    private final GroupAccess access;
    private final Audit audit;
    private final Transactions tx;
    private final Clock clock;
    private final ZoneId zone;

    public AttendanceService(AttendanceRepository marks, SessionRepository sessions, MembershipRepository memberships,
                             ClientRepository clients, GroupAccess access, Audit audit, Transactions tx, Clock clock,
                             ZoneId practiceZone) {
        this.marks = marks;
        this.sessions = sessions;
        this.memberships = memberships;
        this.clients = clients;
        this.access = access;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
        this.zone = practiceZone;
    }

    /** The roster of the session's date with the marks taken so far, by preferred name. */
    public List<RosterEntry> roster(SessionId id) {
        return roster(load(id));
    }

    /**
     * The roster of a session the caller has already loaded (a page that shows the session too), so
     * it isn't read twice; checked and ordered like {@link #roster(SessionId)}. One query.
     */
    public List<RosterEntry> roster(Session session) {
        access.requireOrganisationalAccess(session.group(), "attendance.read", RECORD, "session:" + session.id());
        SessionMembers members = marks.members(session.id(), session.group());
        Map<ClientId, Client> byId = members.clients().stream().collect(Collectors.toMap(Client::id, c -> c));
        Map<ClientId, AttendanceStatus> taken = members.marks().stream()
                .collect(Collectors.toMap(AttendanceMark::client, AttendanceMark::status, (a, b) -> b));
        return members.rosterAt(session.group(), session.localDate(zone)).stream()
                .map(p -> new RosterEntry(p, byId.get(p.client()), taken.get(p.client())))
                .sorted(Comparator.comparing((RosterEntry e) -> e.client().preferredName(), String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /**
     * Marks one member. Returns false when the mark was already this status (nothing changes and
     * nothing is audited). Taking attendance marks a planned session as held.
     */
    public boolean mark(SessionId id, ClientId client, AttendanceStatus status) {
        Session session = load(id);
        AppUser user = access.requireFacilitator(session.group(), "attendance.mark", RECORD, "session:" + id);
        if (session.status() == SessionStatus.CANCELLED) {
            throw ValidationException.of("session", "session.already-cancelled");
        }
        boolean onRoster = rosterOf(session).stream().anyMatch(p -> p.client().equals(client));
        if (!onRoster) {
            throw ValidationException.of("client", "attendance.not-on-roster");
        }
        return tx.inTransaction(() -> {
            if (session.status() == SessionStatus.PLANNED) {
                sessions.update(session.markHeld(), session.version());
            }
            boolean changed = marks.mark(id, client, status, user.id(), clock.instant());
            if (changed) {
                audit.allowed("attendance.mark", RECORD, "session:" + id + "/client:" + client);
            }
            return changed;
        });
    }

    /** Attendance rate per member and for the group over all held sessions. A fixed number of queries. */
    public GroupRates rates(GroupId group) {
        access.requireOrganisationalAccess(group, "attendance.read", RECORD, "group:" + group);
        List<MembershipPeriod> periods = memberships.periodsOfGroup(group);
        List<Session> all = sessions.sessionsOfGroup(group, BEGINNING, END);
        List<AttendanceMark> groupMarks = marks.marksOfGroup(group);
        Map<ClientId, Client> byId = clientsOf(periods.stream().map(MembershipPeriod::client).distinct().toList());
        List<MemberRate> members = byId.values().stream()
                .sorted(Comparator.comparing(Client::preferredName, String.CASE_INSENSITIVE_ORDER))
                .map(c -> new MemberRate(c, AttendanceRate.forMember(c.id(), periods, all, groupMarks, zone)))
                .toList();
        return new GroupRates(members, AttendanceRate.forGroup(periods, all, groupMarks, zone));
    }

    private List<MembershipPeriod> rosterOf(Session session) {
        LocalDate day = session.localDate(zone);
        return Memberships.of(session.group(), Integer.MAX_VALUE, memberships.periodsOfGroup(session.group()))
                .rosterAt(day);
    }

    private Map<ClientId, Client> clientsOf(List<ClientId> ids) {
        return clients.findAll(ids).stream().collect(Collectors.toMap(Client::id, c -> c));
    }

    private Session load(SessionId id) {
        return sessions.find(id).orElseThrow(() -> new NotFoundException("session", id));
    }
}
