package org.mutual.domain.homework;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mutual.domain.audit.Audit;
import org.mutual.domain.base.AccessDeniedException;
import org.mutual.domain.base.NotFoundException;
import org.mutual.domain.base.Transactions;
import org.mutual.domain.base.ValidationException;
import org.mutual.domain.client.ClientId;
import org.mutual.domain.exercise.Exercise;
import org.mutual.domain.exercise.ExerciseId;
import org.mutual.domain.exercise.ExerciseRepository;
import org.mutual.domain.exercise.RecordingField;
import org.mutual.domain.group.GroupAccess;
import org.mutual.domain.group.GroupId;
import org.mutual.domain.membership.MembershipPeriod;
import org.mutual.domain.membership.MembershipRepository;
import org.mutual.domain.session.Session;
import org.mutual.domain.session.SessionId;
import org.mutual.domain.session.SessionRepository;
import org.mutual.domain.user.AppUser;
import org.mutual.domain.user.CurrentUser;
import org.mutual.domain.user.Role;

/**
 * Assigning, doing and reviewing homework. Facilitators of the group assign, read, reopen and review
 * it; a client reads and writes only homework whose client is linked to their own login. Reflections
 * are clinical text: every read and write is audited, refusals included.
 */
public final class HomeworkService {

    static final String RECORD = "homework";
    /** How far ahead to look for the next session when defaulting a due date. */
    private static final int LOOK_AHEAD_DAYS = 60;

    private final HomeworkRepository homework;
    private final ResourceRepository resources;
    private final ExerciseRepository exercises;
    private final SessionRepository sessions;
    private final MembershipRepository memberships;
    private final ClientAccounts clientAccounts;
    private final GroupAccess access;
    private final CurrentUser currentUser;
    private final Audit audit;
    private final Transactions tx;
    private final Clock clock;
    private final ZoneId zone;

    public HomeworkService(HomeworkRepository homework, ResourceRepository resources, ExerciseRepository exercises, SessionRepository sessions,
                           MembershipRepository memberships, ClientAccounts clientAccounts, GroupAccess access,
                           CurrentUser currentUser, Audit audit, Transactions tx, Clock clock, ZoneId practiceZone) {
        this.homework = homework;
        this.resources = resources;
        this.exercises = exercises;
        this.sessions = sessions;
        this.memberships = memberships;
        this.clientAccounts = clientAccounts;
        this.access = access;
        this.currentUser = currentUser;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
        this.zone = practiceZone;
    }

    /**
     * Assigns homework to every member active today (members on hold skipped). A blank title or
     * instructions come from the exercise; a null {@code due} defaults to the day before the next
     * session, see {@link HomeworkFanOut#defaultDue}.
     *
     * @throws ValidationException on {@code group} with {@code homework.no-recipients} when nobody
     *         would get it, or on the texts and due date
     */
    public AssignedBatch assignToGroup(GroupId group, SessionId session, ExerciseId exercise, String title,
                                       String instructions, LocalDate due) {
        return assignToGroup(group, session, exercise, title, instructions, due, Set.of());
    }

    /** As {@link #assignToGroup(GroupId, SessionId, ExerciseId, String, String, LocalDate)}, with library entries attached. */
    public AssignedBatch assignToGroup(GroupId group, SessionId session, ExerciseId exercise, String title,
                                       String instructions, LocalDate due, Set<ResourceId> attachments) {
        AppUser user = access.requireFacilitator(group, "homework.write", RECORD, "group:" + group);
        List<ClientId> recipients = HomeworkFanOut.recipients(memberships.periodsOfGroup(group), today());
        if (recipients.isEmpty()) {
            throw ValidationException.of("group", "homework.no-recipients");
        }
        return assign(user, group, session, exercise, title, instructions, due, recipients, attachments);
    }

    /**
     * Assigns homework to one member active today.
     *
     * @throws ValidationException on {@code client} with {@code homework.not-a-member}
     */
    public AssignedBatch assignToMember(GroupId group, ClientId client, SessionId session, ExerciseId exercise,
                                        String title, String instructions, LocalDate due) {
        return assignToMember(group, client, session, exercise, title, instructions, due, Set.of());
    }

    /** As {@link #assignToMember(GroupId, ClientId, SessionId, ExerciseId, String, String, LocalDate)}, with library entries attached. */
    public AssignedBatch assignToMember(GroupId group, ClientId client, SessionId session, ExerciseId exercise,
                                        String title, String instructions, LocalDate due,
                                        Set<ResourceId> attachments) {
        AppUser user = access.requireFacilitator(group, "homework.write", RECORD, "group:" + group);
        if (!HomeworkFanOut.recipients(memberships.periodsOfGroup(group), today()).contains(client)) {
            throw ValidationException.of("client", "homework.not-a-member");
        }
        return assign(user, group, session, exercise, title, instructions, due, List.of(client), attachments);
    }

    /** The current members against every batch of the group. */
    public HomeworkBoard board(GroupId group) {
        access.requireFacilitator(group, "homework.read", RECORD, "group:" + group);
        LocalDate today = today();
        List<ClientId> members = memberships.periodsOfGroup(group).stream()
                .filter(p -> p.covers(today))
                .map(MembershipPeriod::client)
                .distinct()
                .sorted(Comparator.comparingLong(ClientId::value))
                .toList();
        HomeworkBoard board = new HomeworkBoard(members, homework.board(group));
        audit.allowed("homework.read", RECORD, "group:" + group);
        return board;
    }

    /** One homework for a facilitator of its group. */
    public Homework read(HomeworkId id) {
        Homework found = load(id);
        access.requireFacilitator(found.group(), "homework.read", RECORD, "homework:" + id);
        audit.allowed("homework.read", RECORD, "homework:" + id);
        return found;
    }

    /** Submitted homework waiting for the current therapist, oldest first. */
    public List<ReviewItem> toReview() {
        AppUser user = currentUser.require();
        if (!user.is(Role.THERAPIST)) {
            audit.denied("homework.read", RECORD, "review:" + user.id());
            throw new AccessDeniedException(RECORD, "review:" + user.id());
        }
        List<ReviewItem> found = homework.toReview(user.id());
        audit.allowed("homework.read", RECORD, "review:" + user.id());
        return found;
    }

    /** Per client, whether the homework given in the session is done (for the next session's plan). */
    public Map<ClientId, HomeworkStatus> statusOfSession(SessionId id) {
        Session session = sessions.find(id).orElseThrow(() -> new NotFoundException("session", id));
        access.requireFacilitator(session.group(), "homework.read", RECORD, "session:" + id);
        Map<ClientId, HomeworkStatus> found = homework.statusOfSession(id);
        audit.allowed("homework.read", RECORD, "session:" + id);
        return found;
    }

    /**
     * Marks a submitted homework reviewed with optional feedback.
     *
     * @throws ValidationException with {@code homework.not-submitted}
     */
    public Homework review(HomeworkId id, String feedback, int expectedVersion) {
        Homework found = load(id);
        AppUser user = access.requireFacilitator(found.group(), "homework.review", RECORD, "homework:" + id);
        Homework reviewed = found.review(feedback, user.id(), clock.instant());
        tx.run(() -> {
            homework.update(reviewed, expectedVersion);
            audit.allowed("homework.review", RECORD, "homework:" + id);
        });
        return load(id);
    }

    /**
     * Gives a submitted homework back to the client.
     *
     * @throws ValidationException with {@code homework.not-submitted}
     */
    public Homework reopen(HomeworkId id, int expectedVersion) {
        Homework found = load(id);
        access.requireFacilitator(found.group(), "homework.write", RECORD, "homework:" + id);
        Homework reopened = found.reopen();
        tx.run(() -> {
            homework.update(reopened, expectedVersion);
            audit.allowed("homework.write", RECORD, "homework:" + id);
        });
        return load(id);
    }

    /**
     * The homework a session should open with: what was assigned in the group's previous session or
     * fell due since it (up to the session's day), for the group's facilitators.
     */
    public List<Homework> dueAt(SessionId id) {
        Session session = sessions.find(id).orElseThrow(() -> new NotFoundException("session", id));
        access.requireFacilitator(session.group(), "homework.read", RECORD, "session:" + id);
        Optional<Session> previous = sessions.sessionsOfGroup(session.group(),
                        session.startsAt().minus(LOOK_AHEAD_DAYS, ChronoUnit.DAYS), session.startsAt()).stream()
                .filter(s -> !s.id().equals(id) && s.status() != org.mutual.domain.session.SessionStatus.CANCELLED)
                .reduce((first, second) -> second);
        LocalDate to = LocalDate.ofInstant(session.startsAt(), zone);
        LocalDate from = previous.map(p -> LocalDate.ofInstant(p.startsAt(), zone)).orElse(to.minusDays(7));
        List<Homework> found = homework.dueAt(session.group(), previous.map(Session::id).orElse(null), from, to);
        audit.allowed("homework.read", RECORD, "session:" + id);
        return found;
    }

    /** The prompts the client answers for this homework: the member fields of its exercise, if any. */
    public List<RecordingField> prompts(Homework of) {
        return HomeworkAnswers.prompts(Optional.ofNullable(of.exercise()).flatMap(exercises::find));
    }

    /** The library entries attached to a homework, for its client or a facilitator of its group. */
    public List<Resource> attachments(HomeworkId id) {
        Homework found = load(id);
        AppUser user = currentUser.require();
        if (user.is(Role.CLIENT)) {
            requireOwn(id, "homework.read");
        } else {
            access.requireFacilitator(found.group(), "homework.read", RECORD, "homework:" + id);
        }
        return resources.ofHomework(id);
    }

    /**
     * One page of the current client's open (assigned) or done homework, as their list shows them;
     * open ones soonest due first.
     */
    public List<HomeworkSummary> mine(boolean open, int offset, int limit) {
        ClientId me = requireClient("homework.read");
        List<HomeworkSummary> found = homework.summariesOfClient(me, open, offset, limit);
        audit.allowed("homework.read", RECORD, "client:" + me);
        return found;
    }

    public int countMine(boolean open) {
        return homework.countOfClient(requireClient("homework.read"), open);
    }

    /** How many of the current client's homework are open and how many done, in one query (numbers only). */
    public HomeworkCounts myCounts() {
        return HomeworkCounts.of(homework.countsOfClient(requireClient("homework.read")));
    }

    /** One page of the current client's homework, latest due date first. */
    public List<Homework> mine(int offset, int limit) {
        ClientId me = requireClient("homework.read");
        List<Homework> found = homework.ofClient(me, offset, limit);
        audit.allowed("homework.read", RECORD, "client:" + me);
        return found;
    }

    public int countMine() {
        return homework.countOfClient(requireClient("homework.read"));
    }

    /** One of the current client's own homework. */
    public Homework myHomework(HomeworkId id) {
        Homework found = requireOwn(id, "homework.read");
        audit.allowed("homework.read", RECORD, "homework:" + id);
        return found;
    }

    /**
     * One of the current client's own homework with what its page shows besides: attached resources
     * and the exercise's prompts. One check that it is theirs and one audit entry for the whole page.
     */
    public MyHomeworkPage myHomeworkPage(HomeworkId id) {
        Homework found = requireOwn(id, "homework.read");
        MyHomeworkPage page = new MyHomeworkPage(found, resources.ofHomework(id), prompts(found));
        audit.allowed("homework.read", RECORD, "homework:" + id);
        return page;
    }

    /**
     * Saves the current client's reflection and answers while the homework is assigned.
     *
     * @throws ValidationException with {@code homework.submitted}, or on answers that don't fit the
     *         exercise's prompts
     * @throws org.mutual.domain.base.ConcurrentEditException when it changed since it was read
     */
    public Homework saveMyDraft(HomeworkId id, String reflection, Map<String, String> answers, int expectedVersion) {
        Homework found = requireOwn(id, "homework.write");
        Homework drafted = found.saveDraft(reflection, checkedAnswers(found, answers));
        tx.run(() -> {
            homework.update(drafted, expectedVersion);
            audit.allowed("homework.write", RECORD, "homework:" + id);
        });
        return load(id);
    }

    /**
     * Hands the current client's homework in as it is stored.
     *
     * @throws ValidationException with {@code homework.empty} or {@code homework.submitted}
     */
    public Homework submitMine(HomeworkId id, int expectedVersion) {
        Homework found = requireOwn(id, "homework.submit");
        Homework submitted = found.submit(clock.instant());
        tx.run(() -> {
            homework.update(submitted, expectedVersion);
            audit.allowed("homework.submit", RECORD, "homework:" + id);
        });
        return load(id);
    }

    private AssignedBatch assign(AppUser user, GroupId group, SessionId session, ExerciseId exerciseId, String title,
                                 String instructions, LocalDate due, List<ClientId> recipients,
                                 Set<ResourceId> attachments) {
        if (session != null) {
            Session s = sessions.find(session).orElseThrow(() -> new NotFoundException("session", session));
            if (!s.group().equals(group)) {
                throw ValidationException.of("session", "homework.session-of-other-group");
            }
        }
        Optional<Exercise> exercise = Optional.ofNullable(exerciseId)
                .map(e -> exercises.find(e).orElseThrow(() -> new NotFoundException("exercise", e)));
        String cleanTitle = isBlank(title) ? exercise.map(Exercise::title).orElse(title) : title;
        String cleanInstructions = isBlank(instructions)
                ? exercise.map(Exercise::homeworkVariant).orElse(instructions) : instructions;
        Instant now = clock.instant();
        LocalDate dueOn = due != null ? due : HomeworkFanOut.defaultDue(today(),
                sessions.sessionsOfGroup(group, now, now.plus(LOOK_AHEAD_DAYS, ChronoUnit.DAYS)), zone);
        NewHomework checked = NewHomework.of(group, session, exerciseId, cleanTitle, cleanInstructions, dueOn,
                user.id(), now);
        Set<ResourceId> attached = Set.copyOf(attachments);
        if (resources.findAll(attached).size() != attached.size()) {
            throw ValidationException.of("resources", "resource.unknown");
        }
        return tx.inTransaction(() -> {
            AssignedBatch batch = homework.createBatch(checked, recipients);
            if (!attached.isEmpty()) {
                resources.attach(batch.batch(), attached);
            }
            audit.allowed("homework.write", RECORD, "batch:" + batch.batch());
            return batch;
        });
    }

    private Map<String, String> checkedAnswers(Homework found, Map<String, String> answers) {
        Optional<Exercise> exercise = Optional.ofNullable(found.exercise()).flatMap(exercises::find);
        return HomeworkAnswers.check(HomeworkAnswers.prompts(exercise), answers);
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

    private Homework requireOwn(HomeworkId id, String action) {
        ClientId me = requireClient(action);
        Homework found = load(id);
        if (!found.isOwnedBy(me)) {
            audit.denied(action, RECORD, "homework:" + id);
            throw new AccessDeniedException(RECORD, id);
        }
        return found;
    }

    private Homework load(HomeworkId id) {
        return homework.find(id).orElseThrow(() -> new NotFoundException(RECORD, id));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
