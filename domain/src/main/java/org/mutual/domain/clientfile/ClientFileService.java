package org.mutual.domain.clientfile;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.mutual.domain.attendance.AttendanceMark;
import org.mutual.domain.attendance.AttendanceRepository;
import org.mutual.domain.attendance.AttendanceStatus;
import org.mutual.domain.audit.Audit;
import org.mutual.domain.base.AccessDeniedException;
import org.mutual.domain.base.NotFoundException;
import org.mutual.domain.client.Client;
import org.mutual.domain.exercise.Practice;
import org.mutual.domain.note.Note;
import org.mutual.domain.note.NoteRepository;
import org.mutual.domain.record.ClientRecordValue;
import org.mutual.domain.record.GiveAndTake;
import org.mutual.domain.record.RecordRepository;
import org.mutual.domain.client.ClientId;
import org.mutual.domain.client.ClientRepository;
import org.mutual.domain.group.Group;
import org.mutual.domain.group.GroupId;
import org.mutual.domain.group.GroupRepository;
import org.mutual.domain.membership.MembershipPeriod;
import org.mutual.domain.membership.MembershipRepository;
import org.mutual.domain.session.Session;
import org.mutual.domain.session.SessionId;
import org.mutual.domain.session.SessionRepository;
import org.mutual.domain.session.SessionStatus;
import org.mutual.domain.user.AppUser;
import org.mutual.domain.user.CurrentUser;
import org.mutual.domain.user.Role;

/** Opens a client's file for a therapist of one of the client's groups, or an admin. */
public final class ClientFileService {

    static final String RECORD = "client";
    private static final Instant BEGINNING = Instant.parse("1900-01-01T00:00:00Z");
    private static final Instant END = Instant.parse("3000-01-01T00:00:00Z");

    private final ClientRepository clients;
    private final MembershipRepository memberships;
    private final GroupRepository groups;
    private final SessionRepository sessions;
    private final AttendanceRepository attendance;
    private final RecordRepository records;
    private final NoteRepository notes;
    private final CurrentUser currentUser;
    private final Audit audit;
    private final ZoneId zone;

    public ClientFileService(ClientRepository clients, MembershipRepository memberships, GroupRepository groups,
                             SessionRepository sessions, AttendanceRepository attendance, RecordRepository records,
                             NoteRepository notes, CurrentUser currentUser, Audit audit, ZoneId practiceZone) {
        this.records = records;
        this.notes = notes;
        this.clients = clients;
        this.memberships = memberships;
        this.groups = groups;
        this.sessions = sessions;
        this.attendance = attendance;
        this.currentUser = currentUser;
        this.audit = audit;
        this.zone = practiceZone;
    }

    public ClientFile open(ClientId id) {
        AppUser user = currentUser.require();
        Client client = clients.find(id).orElseThrow(() -> new NotFoundException(RECORD, id));
        List<MembershipPeriod> periods = memberships.periodsOfClient(id);
        boolean allowed = user.is(Role.ADMIN) || (user.is(Role.THERAPIST)
                && periods.stream().anyMatch(p -> groups.isFacilitator(p.group(), user.id())));
        if (!allowed) {
            audit.denied("client.read", RECORD, id);
            throw new AccessDeniedException(RECORD, id);
        }
        audit.allowed("client.read", RECORD, id);

        // A client belongs to few groups: one lookup per group keeps this bounded by the client's
        // groups, not by how many sessions or marks they have.
        Map<GroupId, Group> groupsById = new LinkedHashMap<>();
        periods.stream().map(MembershipPeriod::group).distinct()
                .forEach(g -> groups.find(g).ifPresent(group -> groupsById.put(g, group)));
        List<ClientFile.Membership> history = periods.stream()
                .sorted(Comparator.comparing(MembershipPeriod::joinedOn).reversed())
                .map(p -> new ClientFile.Membership(p, ClientFile.nameOf(groupsById.get(p.group()))))
                .toList();

        Map<SessionId, AttendanceStatus> marks = attendance.marksOfClient(id).stream()
                .collect(Collectors.toMap(AttendanceMark::session, AttendanceMark::status, (a, b) -> b));
        List<ClientFile.Attendance> lines = new ArrayList<>();
        for (GroupId group : groupsById.keySet()) {
            for (Session s : sessions.sessionsOfGroup(group, BEGINNING, END)) {
                boolean onRoster = periods.stream()
                        .anyMatch(p -> p.group().equals(group) && p.covers(s.localDate(zone)));
                if (s.status() == SessionStatus.HELD && onRoster) {
                    lines.add(new ClientFile.Attendance(s, ClientFile.nameOf(groupsById.get(group)), marks.get(s.id())));
                }
            }
        }
        lines.sort(Comparator.comparing((ClientFile.Attendance a) -> a.session().startsAt()).reversed());
        return new ClientFile(client, history, lines);
    }

    /**
     * What was recorded about the client and their signed progress notes, from the groups the current
     * therapist facilitates. Clinical: admins who don't facilitate are refused. Each note read is audited.
     */
    public ClinicalHistory clinical(ClientId id) {
        AppUser user = currentUser.require();
        List<GroupId> facilitated = user.is(Role.THERAPIST)
                ? memberships.periodsOfClient(id).stream().map(MembershipPeriod::group).distinct()
                        .filter(g -> groups.isFacilitator(g, user.id())).toList()
                : List.of();
        if (facilitated.isEmpty()) {
            audit.denied("client.clinical.read", RECORD, id);
            throw new AccessDeniedException(RECORD, id);
        }
        List<ClientRecordValue> values = records.valuesAbout(id, facilitated);
        audit.allowed("record.read", RECORD, id);
        List<Note> signed = notes.signedNotesAbout(id, facilitated);
        audit.allowedAll("note.read", "note", signed.stream().map(n -> "note:" + n.id()).toList());
        return new ClinicalHistory(balances(id, values), values, signed);
    }

    /** One point per session and pair of a give-and-take exercise the client took part in. */
    private static List<ClinicalHistory.BalancePoint> balances(ClientId id, List<ClientRecordValue> values) {
        Map<String, int[]> turns = new LinkedHashMap<>();
        Map<String, Instant> when = new LinkedHashMap<>();
        for (ClientRecordValue v : values) {
            if (v.practice() != Practice.GIVE_AND_TAKE || !v.subject().startsWith("pair:")) {
                continue;
            }
            String key = v.session() + "|" + v.subject();
            when.putIfAbsent(key, v.startsAt());
            int[] counts = turns.computeIfAbsent(key, k -> new int[2]);
            // In a stored pair the lower client id is "a".
            boolean clientIsA = v.subject().startsWith("pair:" + id + "-");
            if (v.fieldKey().equals("turns_a")) {
                counts[clientIsA ? 0 : 1] = Integer.parseInt(v.value());
            } else if (v.fieldKey().equals("turns_b")) {
                counts[clientIsA ? 1 : 0] = Integer.parseInt(v.value());
            }
        }
        List<ClinicalHistory.BalancePoint> points = new ArrayList<>();
        turns.forEach((key, c) -> points.add(new ClinicalHistory.BalancePoint(when.get(key),
                GiveAndTake.balance(c[0], c[1]), c[0], c[1])));
        return points;
    }

    /** Whether the current user may read the clinical part (no audit: used to decide what to show). */
    public boolean mayReadClinical(ClientId id) {
        return currentUser.get().filter(u -> u.is(Role.THERAPIST)).map(u -> memberships.periodsOfClient(id).stream()
                .anyMatch(p -> groups.isFacilitator(p.group(), u.id()))).orElse(false);
    }

    /** Whether the current user may open the file (no audit: used to decide whether to show a link). */
    public boolean mayOpen(ClientId id) {
        return currentUser.get().map(u -> u.is(Role.ADMIN) || (u.is(Role.THERAPIST)
                && memberships.periodsOfClient(id).stream().anyMatch(p -> groups.isFacilitator(p.group(), u.id()))))
                .orElse(false);
    }
}
