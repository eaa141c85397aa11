package org.mutual.domain.measure;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mutual.domain.audit.Audit;
import org.mutual.domain.base.AccessDeniedException;
import org.mutual.domain.base.NotFoundException;
import org.mutual.domain.base.Transactions;
import org.mutual.domain.base.ValidationException;
import org.mutual.domain.client.ClientId;
import org.mutual.domain.group.GroupAccess;
import org.mutual.domain.group.GroupId;
import org.mutual.domain.homework.ClientAccounts;
import org.mutual.domain.homework.HomeworkFanOut;
import org.mutual.domain.membership.MembershipPeriod;
import org.mutual.domain.membership.MembershipRepository;
import org.mutual.domain.session.Session;
import org.mutual.domain.session.SessionRepository;
import org.mutual.domain.user.AppUser;
import org.mutual.domain.user.CurrentUser;
import org.mutual.domain.user.Role;

/**
 * Scheduling, answering and reading outcome measures. Facilitators of the group schedule them, read
 * the responses and acknowledge safety alerts; a client reads and answers only responses whose
 * client is linked to their own login. Responses are clinical data: every read and write is
 * audited, refusals included. An admin who doesn't facilitate the group reads none of it.
 */
public final class MeasureService {

    static final String RECORD = "measure";
    private static final System.Logger LOG = System.getLogger(MeasureService.class.getName());

    private final MeasureRepository measures;
    private final SessionRepository sessions;
    private final MembershipRepository memberships;
    private final ClientAccounts clientAccounts;
    private final GroupAccess access;
    private final CurrentUser currentUser;
    private final Audit audit;
    private final Transactions tx;
    private final Clock clock;
    private final ZoneId zone;
    private final SafetyAlertNotifier notifier;

    public MeasureService(MeasureRepository measures, SessionRepository sessions, MembershipRepository memberships,
                          ClientAccounts clientAccounts, GroupAccess access, CurrentUser currentUser, Audit audit,
                          Transactions tx, Clock clock, ZoneId practiceZone, SafetyAlertNotifier notifier) {
        this.measures = measures;
        this.sessions = sessions;
        this.memberships = memberships;
        this.clientAccounts = clientAccounts;
        this.access = access;
        this.currentUser = currentUser;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
        this.zone = practiceZone;
        this.notifier = notifier;
    }

    // --- facilitators -----------------------------------------------------------------------------

    /**
     * Schedules a questionnaire for one member ({@code member} set) or for every member of the group
     * (null). A single request is released at once to the members active today; an every-Nth-session
     * schedule releases its first request for the group's next session, see {@link SessionCadence}.
     *
     * @throws ValidationException on {@code instrument}, {@code cadence}, {@code due} or {@code every};
     *         on {@code client} with {@code measure.not-a-member} for someone not active in the group
     *         today; on {@code group} with {@code measure.no-recipients} when nobody would get it
     */
    public ScheduleId schedule(GroupId group, ClientId member, Instrument instrument, Cadence cadence) {
        AppUser user = access.requireFacilitator(group, "measure.schedule", RECORD, "group:" + group);
        Instant now = clock.instant();
        LocalDate today = today();
        NewSchedule checked = NewSchedule.of(group, member, instrument, cadence, today, user.id(), now);
        List<MembershipPeriod> periods = memberships.periodsOfGroup(group);
        List<ClientId> activeToday = recipients(periods, today, member);
        if (member != null && activeToday.isEmpty()) {
            throw ValidationException.of("client", "measure.not-a-member");
        }
        if (activeToday.isEmpty()) {
            throw ValidationException.of("group", "measure.no-recipients");
        }
        return tx.inTransaction(() -> {
            ScheduleId id = measures.createSchedule(checked);
            audit.allowed("measure.schedule", RECORD, "schedule:" + id);
            switch (cadence) {
                case Cadence.Once once -> measures.release(
                        new Release(id, group, instrument, null, once.due(), now), activeToday);
                case Cadence.EverySessions every -> release(new MeasureSchedule(id, group, member, instrument,
                        every, user.id(), now, null), now, today);
            }
            return id;
        });
    }

    /** The group's schedules, newest first. */
    public List<MeasureSchedule> schedulesOf(GroupId group) {
        access.requireFacilitator(group, "measure.read", RECORD, "group:" + group);
        List<MeasureSchedule> found = measures.schedulesOfGroup(group);
        audit.allowed("measure.read", RECORD, "group:" + group);
        return found;
    }

    /**
     * Releases every every-Nth-session schedule's requests that have become due: the members of the
     * group on the session's day (not on hold) each get one. Run periodically; running it twice at
     * once is harmless.
     *
     * @return how many responses were created
     */
    public int releaseDue() {
        Instant now = clock.instant();
        LocalDate today = today();
        int created = 0;
        for (MeasureSchedule schedule : measures.recurringSchedules()) {
            created += tx.inTransaction(() -> release(schedule, now, today));
        }
        return created;
    }

    /** One response, for a facilitator of its group. */
    public MeasureResponse read(ResponseId id) {
        MeasureResponse found = load(id);
        access.requireFacilitator(found.group(), "measure.read", RECORD, "response:" + id);
        audit.allowed("measure.read", RECORD, "response:" + id);
        return found;
    }

    /**
     * The member's scores from the groups the current therapist facilitates, in one query. Anyone
     * who facilitates none of the member's groups, admins included, is refused.
     */
    public MemberScores scoresOf(ClientId client) {
        AppUser user = currentUser.require();
        List<GroupId> facilitated = user.is(Role.THERAPIST)
                ? memberships.periodsOfClient(client).stream().map(MembershipPeriod::group).distinct()
                        .filter(access::isFacilitator).toList()
                : List.of();
        if (facilitated.isEmpty()) {
            audit.denied("measure.read", RECORD, "client:" + client);
            throw new AccessDeniedException(RECORD, "client:" + client);
        }
        MemberScores scores = MemberScores.of(client, measures.submittedOf(client, facilitated));
        audit.allowed("measure.read", RECORD, "client:" + client);
        return scores;
    }

    /** Whether the current user may read the member's scores (no audit: decides what a page shows). */
    public boolean mayReadScores(ClientId client) {
        return currentUser.get().filter(u -> u.is(Role.THERAPIST)).map(u -> memberships.periodsOfClient(client)
                .stream().anyMatch(p -> access.isFacilitator(p.group()))).orElse(false);
    }

    /** Unacknowledged safety alerts of the groups the current therapist facilitates, oldest first. */
    public List<SafetyAlert> openAlerts() {
        AppUser user = currentUser.require();
        if (!user.is(Role.THERAPIST)) {
            audit.denied("measure.alert.read", RECORD, "facilitator:" + user.id());
            throw new AccessDeniedException(RECORD, "alerts:" + user.id());
        }
        List<SafetyAlert> open = measures.openAlertsFor(user.id());
        audit.allowed("measure.alert.read", RECORD, "facilitator:" + user.id());
        return open;
    }

    /**
     * Records that the current facilitator has seen the alert and is following it up.
     *
     * @throws ValidationException on {@code alert} with {@code measure.alert.acknowledged} when a
     *         facilitator acknowledged it already
     */
    public void acknowledge(SafetyAlertId id) {
        SafetyAlert alert = measures.findAlert(id).orElseThrow(() -> new NotFoundException("safety alert", id));
        AppUser user = access.requireFacilitator(alert.group(), "measure.alert.acknowledge", RECORD, "alert:" + id);
        tx.run(() -> {
            if (!measures.acknowledge(id, user.id(), clock.instant())) {
                throw ValidationException.of("alert", "measure.alert.acknowledged");
            }
            audit.allowed("measure.alert.acknowledge", RECORD, "alert:" + id);
        });
    }

    // --- clients ----------------------------------------------------------------------------------

    /** The current client's pending questionnaires, earliest due first. */
    public List<MeasureResponse> myPending() {
        ClientId me = requireClient("measure.read");
        List<MeasureResponse> found = measures.pendingOf(me);
        audit.allowed("measure.read", RECORD, "client:" + me);
        return found;
    }

    /** One page of the current client's submitted questionnaires, latest first. */
    public List<MeasureResponse> mySubmitted(int offset, int limit) {
        ClientId me = requireClient("measure.read");
        List<MeasureResponse> found = measures.submittedOf(me, offset, limit);
        audit.allowed("measure.read", RECORD, "client:" + me);
        return found;
    }

    public int countMySubmitted() {
        return measures.countSubmittedOf(requireClient("measure.read"));
    }

    /** One of the current client's own questionnaires. */
    public MeasureResponse myResponse(ResponseId id) {
        MeasureResponse found = requireOwn(id, "measure.read");
        audit.allowed("measure.read", RECORD, "response:" + id);
        return found;
    }

    /**
     * Saves the current client's answers so far. An answer above 0 on the PHQ-9's self-harm item
     * raises a safety alert for the group's facilitators at once (one per response).
     *
     * @throws ValidationException with {@code measure.submitted} or on an answer outside 0–3
     * @throws org.mutual.domain.base.ConcurrentEditException when it changed since it was read
     */
    public MeasureResponse saveMine(ResponseId id, Map<Integer, Integer> answers, int expectedVersion) {
        MeasureResponse found = requireOwn(id, "measure.write");
        MeasureResponse answered = found.answer(answers);
        store(answered, expectedVersion, "measure.write");
        return load(id);
    }

    /**
     * Saves the current client's answers and hands the questionnaire in; it is final then. Raises a
     * safety alert like {@link #saveMine}.
     *
     * @throws ValidationException with {@code measure.submitted}, on an answer outside 0–3, or on
     *         each unanswered {@code item.<n>} with {@code measure.item.required}
     * @throws org.mutual.domain.base.ConcurrentEditException when it changed since it was read
     */
    public MeasureResponse submitMine(ResponseId id, Map<Integer, Integer> answers, int expectedVersion) {
        MeasureResponse found = requireOwn(id, "measure.submit");
        MeasureResponse submitted = found.answer(answers).submit(clock.instant());
        store(submitted, expectedVersion, "measure.submit");
        return load(id);
    }

    // --- helpers ----------------------------------------------------------------------------------

    private void store(MeasureResponse response, int expectedVersion, String action) {
        Optional<SafetyAlert> raised = tx.inTransaction(() -> {
            measures.updateResponse(response, expectedVersion);
            audit.allowed(action, RECORD, "response:" + response.id());
            if (!response.raisesSafetyAlert()) {
                return Optional.<SafetyAlert>empty();
            }
            Optional<SafetyAlert> alert = measures.raiseAlert(response.id(), clock.instant());
            alert.ifPresent(a -> audit.allowed("measure.alert.raise", RECORD, "alert:" + a.id()));
            return alert;
        });
        raised.ifPresent(this::notifyFacilitators);
    }

    private void notifyFacilitators(SafetyAlert alert) {
        try {
            notifier.alertRaised(alert);
        } catch (RuntimeException e) {
            // The alert is stored and on the dashboard; a failed notice must not undo the client's answers.
            LOG.log(System.Logger.Level.ERROR, "Safety alert " + alert.id() + " stored, but the notice failed", e);
        }
    }

    private int release(MeasureSchedule schedule, Instant now, LocalDate today) {
        if (!(schedule.cadence() instanceof Cadence.EverySessions every)) {
            return 0;
        }
        Instant from = schedule.lastSessionReleased() != null ? schedule.lastSessionReleased() : schedule.createdAt();
        List<Session> due = SessionCadence.toRelease(every.sessions(), schedule.createdAt(),
                schedule.lastSessionReleased(), sessions.sessionsOfGroup(schedule.group(), from,
                        SessionCadence.horizon(today, zone)), today, zone);
        if (due.isEmpty()) {
            return 0;
        }
        List<MembershipPeriod> periods = memberships.periodsOfGroup(schedule.group());
        int created = 0;
        for (Session session : due) {
            LocalDate day = session.localDate(zone);
            created += measures.release(new Release(schedule.id(), schedule.group(), schedule.instrument(),
                    session.id(), day, now), recipients(periods, day, schedule.client()));
        }
        return created;
    }

    /** The members on {@code day} who are not on hold; only {@code member} when one is named. */
    private static List<ClientId> recipients(List<MembershipPeriod> periods, LocalDate day, ClientId member) {
        return HomeworkFanOut.recipients(periods, day).stream()
                .filter(c -> member == null || c.equals(member))
                .toList();
    }

    /** The current user's client, or an audited refusal for anyone who isn't a linked client. */
    private ClientId requireClient(String action) {
        AppUser user = currentUser.require();
        Optional<ClientId> client = user.is(Role.CLIENT) ? clientAccounts.clientOf(user.id()) : Optional.empty();
        if (client.isEmpty()) {
            audit.denied(action, RECORD, "account:" + user.id());
            throw new AccessDeniedException(RECORD, "account:" + user.id());
        }
        return client.get();
    }

    private MeasureResponse requireOwn(ResponseId id, String action) {
        ClientId me = requireClient(action);
        MeasureResponse found = load(id);
        if (!found.isOwnedBy(me)) {
            audit.denied(action, RECORD, "response:" + id);
            throw new AccessDeniedException(RECORD, "response:" + id);
        }
        return found;
    }

    private MeasureResponse load(ResponseId id) {
        return measures.findResponse(id).orElseThrow(() -> new NotFoundException("measure response", id));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }
}
