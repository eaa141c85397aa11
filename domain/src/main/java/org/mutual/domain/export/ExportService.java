package org.mutual.domain.export;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.mutual.domain.audit.Audit;
import org.mutual.domain.base.AccessDeniedException;
import org.mutual.domain.base.NotFoundException;
import org.mutual.domain.client.ClientId;
import org.mutual.domain.group.GroupAccess;
import org.mutual.domain.group.GroupId;
import org.mutual.domain.homework.ClientAccounts;
import org.mutual.domain.membership.MembershipPeriod;
import org.mutual.domain.membership.MembershipRepository;
import org.mutual.domain.session.Session;
import org.mutual.domain.session.SessionId;
import org.mutual.domain.session.SessionRepository;
import org.mutual.domain.user.AppUser;
import org.mutual.domain.user.CurrentUser;
import org.mutual.domain.user.Role;

/**
 * What may leave the practice as a file, and for whom. A session's signed note, its plan handout and
 * a group's attendance and homework sheets are for the group's facilitators; a client's history is for
 * the facilitators of the client's groups (each sees the groups they facilitate) and for the client
 * themself (all their groups). An admin who does not facilitate is refused: homework and notes are
 * clinical.
 *
 * <p>Every export writes exactly one audit entry: {@code ALLOWED} when the file is produced,
 * {@code DENIED} when the reader is refused. Each export reads its data in a fixed number of
 * statements, however long the note or the history.
 */
public final class ExportService {

    static final String NOTE_EXPORT = "note.export";
    static final String PLAN_EXPORT = "plan.export";
    static final String HISTORY_EXPORT = "client.history.export";
    static final String ATTENDANCE_EXPORT = "attendance.export";
    static final String HOMEWORK_EXPORT = "homework.export";

    private final ExportRepository exports;
    private final SessionRepository sessions;
    private final MembershipRepository memberships;
    private final ClientAccounts clientAccounts;
    private final GroupAccess access;
    private final CurrentUser currentUser;
    private final Audit audit;
    private final ZoneId zone;

    public ExportService(ExportRepository exports, SessionRepository sessions, MembershipRepository memberships,
                         ClientAccounts clientAccounts, GroupAccess access,
                         CurrentUser currentUser, Audit audit, ZoneId practiceZone) {
        this.exports = exports;
        this.sessions = sessions;
        this.memberships = memberships;
        this.clientAccounts = clientAccounts;
        this.access = access;
        this.currentUser = currentUser;
        this.audit = audit;
        this.zone = practiceZone;
    }

    /**
     * The session's signed group note with its addenda.
     *
     * @throws NotFoundException when the session has no signed group note (a draft never leaves)
     */
    public NoteExport sessionNote(SessionId id) {
        Session session = loadSession(id);
        access.requireFacilitator(session.group(), NOTE_EXPORT, "note", "session:" + id);
        NoteExport note = exports.groupNote(id).filter(NoteExport::isSigned)
                .orElseThrow(() -> new NotFoundException("note", "session:" + id));
        audit.allowed(NOTE_EXPORT, "note", "note:" + note.note());
        return note;
    }

    /** The session's plan as a handout for the group. */
    public PlanHandout sessionPlan(SessionId id) {
        Session session = loadSession(id);
        access.requireFacilitator(session.group(), PLAN_EXPORT, "session", id);
        PlanHandout handout = exports.handout(id).orElseThrow(() -> new NotFoundException("session", id));
        audit.allowed(PLAN_EXPORT, "session", id);
        return handout;
    }

    /** The group's attendance, one row per held session and member on its roster. */
    public AttendanceSheet attendance(GroupId id) {
        access.requireFacilitator(id, ATTENDANCE_EXPORT, "group", id);
        AttendanceSheet sheet = exports.attendance(id).orElseThrow(() -> new NotFoundException("group", id));
        audit.allowed(ATTENDANCE_EXPORT, "group", id);
        return sheet;
    }

    /** The group's homework board as rows. */
    public HomeworkSheet homeworkBoard(GroupId id) {
        access.requireFacilitator(id, HOMEWORK_EXPORT, "group", id);
        HomeworkSheet sheet = exports.homework(id).orElseThrow(() -> new NotFoundException("group", id));
        audit.allowed(HOMEWORK_EXPORT, "group", id);
        return sheet;
    }

    /**
     * The client's attendance and homework: for a therapist, in the client's groups they facilitate;
     * for the client themself, in all their groups.
     */
    public ClientHistory clientHistory(ClientId id) {
        AppUser user = currentUser.require();
        List<MembershipPeriod> periods = memberships.periodsOfClient(id);
        Optional<List<GroupId>> visible = visibleGroups(user, id, periods);
        if (visible.isEmpty()) {
            audit.denied(HISTORY_EXPORT, "client", id);
            throw new AccessDeniedException("client", id);
        }
        return history(id, periods, visible.get());
    }

    /** The signed-in client's own history; anyone else is refused. */
    public ClientHistory myHistory() {
        AppUser user = currentUser.require();
        Optional<ClientId> own = user.is(Role.CLIENT) ? clientAccounts.clientOf(user.id()) : Optional.empty();
        if (own.isEmpty()) {
            audit.denied(HISTORY_EXPORT, "client", "self");
            throw new AccessDeniedException("client", "self");
        }
        List<MembershipPeriod> periods = memberships.periodsOfClient(own.get());
        return history(own.get(), periods, periods.stream().map(MembershipPeriod::group).distinct().toList());
    }

    /** Whether the current user may export the client's history (no audit: used to show the link). */
    public boolean mayExportHistory(ClientId id) {
        return currentUser.get()
                .map(u -> visibleGroups(u, id, memberships.periodsOfClient(id)).isPresent())
                .orElse(false);
    }

    private ClientHistory history(ClientId id, List<MembershipPeriod> periods, List<GroupId> visible) {
        ClientHistory read = exports.history(id, visible).orElseThrow(() -> new NotFoundException("client", id));
        // The repository lists every held session of the groups; keep those the client was a member for.
        List<ClientHistory.Attendance> attended = read.attendance().stream()
                .filter(a -> a.status() != null || periods.stream().anyMatch(p -> p.group().equals(a.group())
                        && p.covers(a.startsAt().atZone(zone).toLocalDate())))
                .toList();
        audit.allowed(HISTORY_EXPORT, "client", id);
        return new ClientHistory(read.client(), read.name(), attended, read.homework());
    }

    /** The client's groups the user may export from; empty when they may not export at all. */
    private Optional<List<GroupId>> visibleGroups(AppUser user, ClientId id, List<MembershipPeriod> periods) {
        List<GroupId> all = periods.stream().map(MembershipPeriod::group).distinct().toList();
        if (user.is(Role.CLIENT)) {
            return clientAccounts.clientOf(user.id()).filter(id::equals).map(own -> all);
        }
        if (user.is(Role.THERAPIST)) {
            List<GroupId> facilitated = access.facilitatedAmong(all);
            return facilitated.isEmpty() ? Optional.empty() : Optional.of(facilitated);
        }
        return Optional.empty();
    }

    private Session loadSession(SessionId id) {
        return sessions.find(id).orElseThrow(() -> new NotFoundException("session", id));
    }
}
