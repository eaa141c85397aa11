package org.mutual.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mutual.domain.audit.AuditEntry;
import org.mutual.domain.audit.AuditOutcome;
import org.mutual.domain.audit.AuditRepository;
import org.mutual.domain.base.AccessDeniedException;
import org.mutual.domain.base.BarrierPattern;
import org.mutual.domain.client.ClientId;
import org.mutual.domain.client.ClientRepository;
import org.mutual.domain.membership.MembershipPeriod;
import org.mutual.domain.membership.MembershipRepository;
import org.mutual.domain.clientfile.ClientFileService;
import org.mutual.domain.exercise.Exercise;
import org.mutual.domain.exercise.ExerciseId;
import org.mutual.domain.exercise.ExerciseService;
import org.mutual.domain.exercise.Practice;
import org.mutual.domain.homework.AssignedBatch;
import org.mutual.domain.homework.Homework;
import org.mutual.domain.homework.HomeworkId;
import org.mutual.domain.homework.HomeworkService;
import org.mutual.domain.intake.DayPart;
import org.mutual.domain.intake.Intake;
import org.mutual.domain.intake.IntakeForm;
import org.mutual.domain.intake.IntakeId;
import org.mutual.domain.intake.IntakeService;
import org.mutual.domain.intake.IntakeStatus;
import org.mutual.domain.measure.Cadence;
import org.mutual.domain.measure.Instrument;
import org.mutual.domain.measure.MeasureResponse;
import org.mutual.domain.measure.MeasureService;
import org.mutual.domain.measure.SafetyAlert;
import org.mutual.domain.measure.ScheduleId;
import org.mutual.domain.note.Note;
import org.mutual.domain.note.NoteService;
import org.mutual.domain.plan.PlanItemId;
import org.mutual.domain.plan.PlanService;
import org.mutual.domain.record.RecordService;
import org.mutual.domain.schedule.PracticeZone;
import org.mutual.domain.session.Session;
import org.mutual.domain.session.SessionId;
import org.mutual.domain.session.SessionService;
import org.mutual.domain.user.Language;
import org.mutual.domain.user.AccountRepository;
import org.mutual.domain.user.UserId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Every read, write and refused access of a clinical record — note, exercise record, homework (with
 * its reflection), intake, questionnaire — leaves exactly one audit entry naming who, what, which
 * record, when and with what outcome. Each operation the five services offer is performed once
 * and the entries it added are compared with the one expected; the list of operations is checked
 * against the services' public methods, so a new method fails here until it is covered (or
 * declared as not touching a record, with the reason).
 */
class AuditExactlyOnceTest extends RunningAppTest {

    /** The services whose records the audit must cover, by record type in the audit trail. */
    private static final List<Class<?>> SERVICES = List.of(NoteService.class, RecordService.class,
            HomeworkService.class, IntakeService.class, MeasureService.class);

    /** Public methods that read or write no single clinical record, and why they leave no entry. */
    private static final Map<String, String> NOT_AUDITED = Map.ofEntries(
            Map.entry("HomeworkService.countMine/0", "a number, no content: the list it pages is audited"),
            Map.entry("HomeworkService.countMine/1", "a number, no content: the list it pages is audited"),
            Map.entry("HomeworkService.myCounts/0", "numbers, no content: the lists they size are audited"),
            Map.entry("HomeworkService.prompts/1", "the exercise's field definitions, no client content"),
            Map.entry("HomeworkService.attachments/1", "library handouts attached, no client content"),
            Map.entry("MeasureService.countMySubmitted/0", "a number, no content: the list it pages is audited"),
            Map.entry("MeasureService.mayReadScores/1", "a yes/no deciding what a page shows"),
            Map.entry("MeasureService.releaseDue/0", "the scheduled job creating empty requests, no person acting"),
            Map.entry("IntakeService.count/1", "a number, no content: the queue it pages is audited"),
            Map.entry("IntakeService.today/0", "the practice's date"),
            Map.entry("IntakeService.suggestedUsername/1", "a pure function of its argument"));

    // EXPORTS: an export of notes, records, homework, intakes or questionnaires is one more operation
    // per kind; add its service to SERVICES and one expect(...) per export here when exports exist.

    @Autowired ApplicationContext app;
    @Autowired AccountRepository accounts;
    @Autowired AuditRepository audit;
    @Autowired SessionService sessions;
    @Autowired NoteService notes;
    @Autowired RecordService records;
    @Autowired PlanService plans;
    @Autowired ExerciseService exercises;
    @Autowired HomeworkService homework;
    @Autowired IntakeService intakes;
    @Autowired MeasureService measures;
    @Autowired ClientFileService clientFiles;
    @Autowired PracticeZone zone;
    @Autowired ClientRepository clients;
    @Autowired MembershipRepository memberships;

    private final Set<String> covered = new TreeSet<>();
    private int operations;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void every_operation_on_a_clinical_record_leaves_exactly_one_audit_entry() {
        DemoRecords demo = DemoRecords.of(app);
        TestUsers.signIn(accounts, "therapist");
        SessionId session = lastSessionOf(demo);
        ClientId casey = demo.casey();
        ClientId jordan = jordanIn(demo);
        UserId therapist = demo.therapist();

        notes(session, casey);
        records(session, casey, jordan);
        homework(demo, session, therapist);
        intakes(demo);
        measures(demo, casey, therapist);

        assertThat(operations).as("operations performed").isGreaterThanOrEqualTo(60);
        List<String> offered = SERVICES.stream().flatMap(s -> Arrays.stream(s.getDeclaredMethods())
                        .filter(m -> Modifier.isPublic(m.getModifiers())).map(AuditExactlyOnceTest::key))
                .distinct().sorted().toList();
        assertThat(offered).as("every public method is performed here or declared as touching no record")
                .allSatisfy(m -> assertThat(covered.contains(m) || NOT_AUDITED.containsKey(m)).as(m).isTrue());
    }

    private void notes(SessionId session, ClientId casey) {
        String s = "session:" + session;
        as("therapist");
        Note existing = notes.latest(session, casey).orElse(null);
        Note draft = expect("NoteService.saveDraft/4", "therapist", "note.write", "note", null, AuditOutcome.ALLOWED,
                () -> notes.saveDraft(session, casey, "Audited progress note.", existing == null ? -1 : existing.version()));
        String n = "note:" + draft.id();
        assertThat(lastEntry().recordId()).isEqualTo(n);
        expect("NoteService.notes/1", "therapist", "note.read", "note", s, AuditOutcome.ALLOWED,
                () -> notes.notes(session));
        expect("NoteService.latest/2", "therapist", "note.read", "note", n, AuditOutcome.ALLOWED,
                () -> notes.latest(session, casey));
        Note signed = expect("NoteService.sign/2", "therapist", "note.sign", "note", n, AuditOutcome.ALLOWED,
                () -> notes.sign(draft.id(), draft.version()));
        expect("NoteService.addAddendum/2", "therapist", "note.addendum", "note", n, AuditOutcome.ALLOWED,
                () -> notes.addAddendum(signed.id(), "Audited addendum."));
        expectOnlyFor("note.read from the client file", "therapist", "note.read", "note", n, AuditOutcome.ALLOWED,
                () -> clientFiles.clinical(casey));

        as("cotherapist");
        denied("NoteService.notes/1", "cotherapist", "note.read", "note", s, () -> notes.notes(session));
        denied("NoteService.latest/2", "cotherapist", "note.read", "note", s, () -> notes.latest(session, casey));
        denied("NoteService.saveDraft/4", "cotherapist", "note.write", "note", s,
                () -> notes.saveDraft(session, casey, "Not theirs.", -1));
        denied("NoteService.sign/2", "cotherapist", "note.sign", "note", n, () -> notes.sign(draft.id(), 0));
        denied("NoteService.addAddendum/2", "cotherapist", "note.addendum", "note", n,
                () -> notes.addAddendum(draft.id(), "Not theirs."));
        as("client");
        denied("NoteService.notes/1", "client", "note.read", "note", s, () -> notes.notes(session));
    }

    private void records(SessionId session, ClientId casey, ClientId jordan) {
        as("therapist");
        PlanItemId experiments = plans.add(session, builtIn(Practice.SMALL_EXPERIMENTS), 10);
        PlanItemId conversation = plans.add(session, builtIn(Practice.GIVE_AND_TAKE), 10);
        PlanItemId disclosure = plans.add(session, builtIn(Practice.MATCHING_DISCLOSURE), 10);
        String pair = casey.value() < jordan.value() ? "pair:" + casey + "-" + jordan : "pair:" + jordan + "-" + casey;
        run("RecordService.setValue/4", "therapist", "record.write", "record", "planitem:" + experiments,
                () -> records.setValue(experiments, "member:" + casey, "felt", "6"));
        run("RecordService.increment/4", "therapist", "record.write", "record", "planitem:" + conversation,
                () -> records.increment(conversation, pair, "turns_a", 1));
        expect("RecordService.addTurn/3", "therapist", "record.write", "record", "planitem:" + disclosure,
                AuditOutcome.ALLOWED, () -> records.addTurn(disclosure, casey, 2));
        run("RecordService.removeLastTurn/1", "therapist", "record.write", "record", "planitem:" + disclosure,
                () -> records.removeLastTurn(disclosure));
        expect("RecordService.setObservation/3", "therapist", "record.write", "record", "planitem:" + experiments,
                AuditOutcome.ALLOWED, () -> records.setObservation(experiments, "Audited observation.", 0));
        expect("RecordService.read/1", "therapist", "record.read", "record", "session:" + session,
                AuditOutcome.ALLOWED, () -> records.read(session));

        as("cotherapist");
        denied("RecordService.read/1", "cotherapist", "record.read", "record", "session:" + session,
                () -> records.read(session));
        as("client2");
        denied("RecordService.setValue/4", "client2", "record.write", "record", "planitem:" + experiments,
                () -> records.setValue(experiments, "member:" + casey, "felt", "1"));
    }

    private void homework(DemoRecords demo, SessionId session, UserId therapist) {
        LocalDate due = LocalDate.now(zone.zone()).plusDays(5);
        as("therapist");
        AssignedBatch group = expect("HomeworkService.assignToGroup/6", "therapist", "homework.write", "homework",
                null, AuditOutcome.ALLOWED, () -> homework.assignToGroup(demo.tuesday(), session, null,
                        "Audited group homework", "Try it once.", due));
        assertThat(lastEntry().recordId()).isEqualTo("batch:" + group.batch());
        expect("HomeworkService.assignToGroup/7", "therapist", "homework.write", "homework", null,
                AuditOutcome.ALLOWED, () -> homework.assignToGroup(demo.tuesday(), session, null,
                        "Audited group homework 2", "Try it twice.", due, Set.of()));
        expect("HomeworkService.assignToMember/7", "therapist", "homework.write", "homework", null,
                AuditOutcome.ALLOWED, () -> homework.assignToMember(demo.tuesday(), demo.casey(), session, null,
                        "Audited homework", "Ask once.", due));
        AssignedBatch mine = expect("HomeworkService.assignToMember/8", "therapist", "homework.write", "homework",
                null, AuditOutcome.ALLOWED, () -> homework.assignToMember(demo.tuesday(), demo.casey(), session,
                        null, "Audited homework 2", "Ask twice.", due, Set.of()));
        HomeworkId id = mine.homework().getFirst();
        String h = "homework:" + id;

        as("client");
        String me = "client:" + demo.casey();
        expect("HomeworkService.mine/3", "client", "homework.read", "homework", me, AuditOutcome.ALLOWED,
                () -> homework.mine(true, 0, 10));
        expect("HomeworkService.mine/2", "client", "homework.read", "homework", me, AuditOutcome.ALLOWED,
                () -> homework.mine(0, 10));
        Homework read = expect("HomeworkService.myHomework/1", "client", "homework.read", "homework", h,
                AuditOutcome.ALLOWED, () -> homework.myHomework(id));
        expect("HomeworkService.myHomeworkPage/1", "client", "homework.read", "homework", h, AuditOutcome.ALLOWED,
                () -> homework.myHomeworkPage(id));
        Homework drafted = expect("HomeworkService.saveMyDraft/4", "client", "homework.write", "homework", h,
                AuditOutcome.ALLOWED, () -> homework.saveMyDraft(id, "Audited reflection.", Map.of(), read.version()));
        Homework submitted = expect("HomeworkService.submitMine/2", "client", "homework.submit", "homework", h,
                AuditOutcome.ALLOWED, () -> homework.submitMine(id, drafted.version()));

        as("therapist");
        expect("HomeworkService.read/1", "therapist", "homework.read", "homework", h, AuditOutcome.ALLOWED,
                () -> homework.read(id));
        expect("HomeworkService.board/1", "therapist", "homework.read", "homework", "group:" + demo.tuesday(),
                AuditOutcome.ALLOWED, () -> homework.board(demo.tuesday()));
        expect("HomeworkService.toReview/0", "therapist", "homework.read", "homework", "review:" + therapist,
                AuditOutcome.ALLOWED, () -> homework.toReview());
        expect("HomeworkService.statusOfSession/1", "therapist", "homework.read", "homework", "session:" + session,
                AuditOutcome.ALLOWED, () -> homework.statusOfSession(session));
        expect("HomeworkService.dueAt/1", "therapist", "homework.read", "homework", "session:" + session,
                AuditOutcome.ALLOWED, () -> homework.dueAt(session));
        Homework reopened = expect("HomeworkService.reopen/2", "therapist", "homework.write", "homework", h,
                AuditOutcome.ALLOWED, () -> homework.reopen(id, submitted.version()));
        as("client");
        Homework again = homework.submitMine(id, reopened.version());
        as("therapist");
        expect("HomeworkService.review/3", "therapist", "homework.review", "homework", h, AuditOutcome.ALLOWED,
                () -> homework.review(id, "Audited feedback.", again.version()));

        as("cotherapist");
        denied("HomeworkService.read/1", "cotherapist", "homework.read", "homework", h, () -> homework.read(id));
        denied("HomeworkService.review/3", "cotherapist", "homework.review", "homework", h,
                () -> homework.review(id, "Not theirs.", 0));
        denied("HomeworkService.board/1", "cotherapist", "homework.read", "homework", "group:" + demo.tuesday(),
                () -> homework.board(demo.tuesday()));
        as("client2");
        denied("HomeworkService.myHomework/1", "client2", "homework.read", "homework", h,
                () -> homework.myHomework(id));
        denied("HomeworkService.myHomeworkPage/1", "client2", "homework.read", "homework", h,
                () -> homework.myHomeworkPage(id));
        denied("HomeworkService.saveMyDraft/4", "client2", "homework.write", "homework", h,
                () -> homework.saveMyDraft(id, "Not theirs.", Map.of(), 0));
        denied("HomeworkService.submitMine/2", "client2", "homework.submit", "homework", h,
                () -> homework.submitMine(id, 0));
        as("admin");
        UserId admin = accounts.findByUsername("admin").orElseThrow().id();
        denied("HomeworkService.toReview/0", "admin", "homework.read", "homework", "review:" + admin,
                () -> homework.toReview());
        denied("HomeworkService.mine/3", "admin", "homework.read", "homework", "account:" + admin,
                () -> homework.mine(true, 0, 10));
    }

    private void intakes(DemoRecords demo) {
        TestUsers.signOut();
        List<IntakeId> ids = new ArrayList<>();
        for (String name : List.of("Audited Invite", "Audited Waitlist", "Audited Decline")) {
            String unique = name.replace(" ", "") + UUID.randomUUID().toString().substring(0, 8);
            expect("IntakeService.submit/3", "anonymous", "intake.submit", "intake", null, AuditOutcome.ALLOWED,
                    () -> intakes.submit(form(unique), "198.51.100." + (ids.size() + 10 + operations % 200), ""));
            ids.add(new IntakeId(Long.parseLong(lastEntry().recordId())));
        }
        IntakeId invite = ids.get(0);
        as("therapist");
        expect("IntakeService.queue/3", "therapist", "intake.list", "intake", "queue", AuditOutcome.ALLOWED,
                () -> intakes.queue(Set.of(IntakeStatus.values()), 0, 10));
        Intake read = expect("IntakeService.read/1", "therapist", "intake.read", "intake", invite.toString(),
                AuditOutcome.ALLOWED, () -> intakes.read(invite));
        Intake reviewing = expect("IntakeService.startReview/2", "therapist", "intake.review", "intake",
                invite.toString(), AuditOutcome.ALLOWED, () -> intakes.startReview(invite, read.version()));
        expectOnlyFor("IntakeService.invite/5", "therapist", "intake.invite", "intake", invite.toString(),
                AuditOutcome.ALLOWED, () -> intakes.invite(invite, demo.tuesday(), LocalDate.now(zone.zone()),
                        "audited" + UUID.randomUUID().toString().substring(0, 8), reviewing.version()));
        IntakeId waitlist = ids.get(1);
        expectOnlyFor("IntakeService.waitlist/3", "therapist", "intake.waitlist", "intake", waitlist.toString(),
                AuditOutcome.ALLOWED, () -> intakes.waitlist(waitlist, demo.tuesday(), 0));
        IntakeId decline = ids.get(2);
        expect("IntakeService.decline/3", "therapist", "intake.decline", "intake", decline.toString(),
                AuditOutcome.ALLOWED, () -> intakes.decline(decline, "Audited: another service fits better.", 0));

        as("client");
        denied("IntakeService.read/1", "client", "intake.read", "intake", decline.toString(),
                () -> intakes.read(decline));
        denied("IntakeService.queue/3", "client", "intake.list", "intake", "queue",
                () -> intakes.queue(Set.of(), 0, 10));
        denied("IntakeService.decline/3", "client", "intake.decline", "intake", decline.toString(),
                () -> intakes.decline(decline, "No.", 1));
        denied("IntakeService.startReview/2", "client", "intake.review", "intake", decline.toString(),
                () -> intakes.startReview(decline, 1));
        denied("IntakeService.invite/5", "client", "intake.invite", "intake", decline.toString(),
                () -> intakes.invite(decline, demo.tuesday(), LocalDate.now(zone.zone()), "nobody", 1));
        denied("IntakeService.waitlist/3", "client", "intake.waitlist", "intake", decline.toString(),
                () -> intakes.waitlist(decline, demo.tuesday(), 1));
    }

    private void measures(DemoRecords demo, ClientId casey, UserId therapist) {
        as("therapist");
        ScheduleId schedule = expect("MeasureService.schedule/4", "therapist", "measure.schedule", "measure", null,
                AuditOutcome.ALLOWED, () -> measures.schedule(demo.tuesday(), casey, Instrument.PHQ9,
                        new Cadence.Once(LocalDate.now(zone.zone()).plusDays(2))));
        assertThat(lastEntry().recordId()).isEqualTo("schedule:" + schedule);
        expect("MeasureService.schedulesOf/1", "therapist", "measure.read", "measure", "group:" + demo.tuesday(),
                AuditOutcome.ALLOWED, () -> measures.schedulesOf(demo.tuesday()));

        as("client");
        String me = "client:" + casey;
        MeasureResponse pending = expect("MeasureService.myPending/0", "client", "measure.read", "measure", me,
                AuditOutcome.ALLOWED, () -> measures.myPending()).stream()
                .filter(r -> r.schedule().equals(schedule)).findFirst().orElseThrow();
        String r = "response:" + pending.id();
        MeasureResponse mine = expect("MeasureService.myResponse/1", "client", "measure.read", "measure", r,
                AuditOutcome.ALLOWED, () -> measures.myResponse(pending.id()));
        MeasureResponse saved = expect("MeasureService.saveMine/3", "client", "measure.write", "measure", r,
                AuditOutcome.ALLOWED, () -> measures.saveMine(pending.id(), Map.of(1, 1), mine.version()));
        Map<Integer, Integer> answers = IntStream.rangeClosed(1, 9).boxed()
                .collect(Collectors.toMap(i -> i, i -> i == 9 ? 1 : 2));
        // Submitting with the self-harm item above 0 also raises an alert: one more record, one more entry.
        int before = (int) audit.count();
        Instant from = Instant.now();
        measures.submitMine(pending.id(), answers, saved.version());
        List<AuditEntry> added = entriesSince(before);
        operations++;
        covered.add("MeasureService.submitMine/3");
        assertThat(added).hasSize(2);
        check(added.get(1), "client", "measure.submit", "measure", r, AuditOutcome.ALLOWED, from);
        check(added.get(0), "client", "measure.alert.raise", "measure", null, AuditOutcome.ALLOWED, from);
        String alertRecord = added.get(0).recordId();
        expect("MeasureService.mySubmitted/2", "client", "measure.read", "measure", me, AuditOutcome.ALLOWED,
                () -> measures.mySubmitted(0, 10));

        as("therapist");
        expect("MeasureService.read/1", "therapist", "measure.read", "measure", r, AuditOutcome.ALLOWED,
                () -> measures.read(pending.id()));
        expect("MeasureService.scoresOf/1", "therapist", "measure.read", "measure", me, AuditOutcome.ALLOWED,
                () -> measures.scoresOf(casey));
        SafetyAlert alert = expect("MeasureService.openAlerts/0", "therapist", "measure.alert.read", "measure",
                "facilitator:" + therapist, AuditOutcome.ALLOWED, () -> measures.openAlerts()).stream()
                .filter(a -> a.response().equals(pending.id())).findFirst().orElseThrow();
        assertThat(alertRecord).isEqualTo("alert:" + alert.id());
        run("MeasureService.acknowledge/1", "therapist", "measure.alert.acknowledge", "measure", alertRecord,
                () -> measures.acknowledge(alert.id()));

        as("cotherapist");
        denied("MeasureService.read/1", "cotherapist", "measure.read", "measure", r, () -> measures.read(pending.id()));
        denied("MeasureService.scoresOf/1", "cotherapist", "measure.read", "measure", me,
                () -> measures.scoresOf(casey));
        denied("MeasureService.schedulesOf/1", "cotherapist", "measure.read", "measure", "group:" + demo.tuesday(),
                () -> measures.schedulesOf(demo.tuesday()));
        denied("MeasureService.schedule/4", "cotherapist", "measure.schedule", "measure", "group:" + demo.tuesday(),
                () -> measures.schedule(demo.tuesday(), casey, Instrument.GAD7,
                        new Cadence.Once(LocalDate.now(zone.zone()).plusDays(2))));
        denied("MeasureService.acknowledge/1", "cotherapist", "measure.alert.acknowledge", "measure", alertRecord,
                () -> measures.acknowledge(alert.id()));
        as("client2");
        UserId jordanAccount = accounts.findByUsername("client2").orElseThrow().id();
        denied("MeasureService.myResponse/1", "client2", "measure.read", "measure", r,
                () -> measures.myResponse(pending.id()));
        denied("MeasureService.saveMine/3", "client2", "measure.write", "measure", r,
                () -> measures.saveMine(pending.id(), Map.of(1, 0), 0));
        denied("MeasureService.submitMine/3", "client2", "measure.submit", "measure", r,
                () -> measures.submitMine(pending.id(), Map.of(1, 0), 0));
        as("admin");
        UserId admin = accounts.findByUsername("admin").orElseThrow().id();
        denied("MeasureService.openAlerts/0", "admin", "measure.alert.read", "measure", "facilitator:" + admin,
                () -> measures.openAlerts());
        denied("MeasureService.myPending/0", "admin", "measure.read", "measure", "account:" + admin,
                () -> measures.myPending());
        denied("MeasureService.mySubmitted/2", "admin", "measure.read", "measure", "account:" + admin,
                () -> measures.mySubmitted(0, 10));
        assertThat(jordanAccount).isNotNull();
    }

    // --- the one-entry check --------------------------------------------------------------------

    /**
     * Performs {@code operation} once and checks that it added exactly one entry of {@code recordType}:
     * by {@code actor}, {@code action} on {@code recordId} (any when null), within the call, with the
     * outcome.
     */
    private <T> T expect(String method, String actor, String action, String recordType, String recordId,
                         AuditOutcome outcome, Supplier<T> operation) {
        int before = (int) audit.count();
        Instant from = Instant.now();
        T result = operation.get();
        List<AuditEntry> added = entriesSince(before).stream().filter(e -> e.recordType().equals(recordType))
                .toList();
        assertThat(added).as("%s: entries of %s", method, recordType).hasSize(1);
        check(added.getFirst(), actor, action, recordType, recordId, outcome, from);
        operations++;
        covered.add(method);
        return result;
    }

    private void run(String method, String actor, String action, String recordType, String recordId,
                     Runnable operation) {
        expect(method, actor, action, recordType, recordId, AuditOutcome.ALLOWED, () -> {
            operation.run();
            return null;
        });
    }

    /**
     * As {@link #expect}, for operations that also touch records of other kinds (an invitation creates
     * a client, a membership and a login) or several records of one kind (a client file's notes): of
     * this record, exactly one entry.
     */
    private void expectOnlyFor(String method, String actor, String action, String recordType, String recordId,
                               AuditOutcome outcome, Runnable operation) {
        int before = (int) audit.count();
        Instant from = Instant.now();
        operation.run();
        List<AuditEntry> added = entriesSince(before).stream()
                .filter(e -> e.recordType().equals(recordType) && e.recordId().equals(recordId)).toList();
        assertThat(added).as("%s: entries of %s %s", method, recordType, recordId).hasSize(1);
        check(added.getFirst(), actor, action, recordType, recordId, outcome, from);
        operations++;
        if (method.contains("/")) {
            covered.add(method);
        }
    }

    /** A refused call: it throws, and leaves exactly one DENIED entry. */
    private void denied(String method, String actor, String action, String recordType, String recordId,
                        Runnable operation) {
        int before = (int) audit.count();
        Instant from = Instant.now();
        assertThatThrownBy(operation::run).as(method).isInstanceOf(AccessDeniedException.class);
        List<AuditEntry> added = entriesSince(before);
        assertThat(added).as("%s refused to %s: entries", method, actor).hasSize(1);
        check(added.getFirst(), actor, action, recordType, recordId, AuditOutcome.DENIED, from);
        operations++;
        covered.add(method);
    }

    private static void check(AuditEntry e, String actor, String action, String recordType, String recordId,
                              AuditOutcome outcome, Instant from) {
        assertThat(e.actorName()).as("actor").isEqualTo(actor);
        assertThat(e.action()).as("action").isEqualTo(action);
        assertThat(e.recordType()).as("record type").isEqualTo(recordType);
        if (recordId != null) {
            assertThat(e.recordId()).as("record").isEqualTo(recordId);
        }
        assertThat(e.recordId()).as("record named by id").isNotBlank();
        assertThat(e.outcome()).as("outcome").isEqualTo(outcome);
        assertThat(e.at()).as("time").isBetween(from.minusMillis(1), Instant.now().plusMillis(1));
        assertThat(e.actorId() == null).as("anonymous has no actor id").isEqualTo(actor.equals("anonymous"));
    }

    private List<AuditEntry> entriesSince(int before) {
        int added = (int) audit.count() - before;
        return added == 0 ? List.of() : audit.latest(0, added);
    }

    private AuditEntry lastEntry() {
        return audit.latest(0, 1).getFirst();
    }

    // --- fixtures -------------------------------------------------------------------------------

    private void as(String username) {
        TestUsers.signIn(accounts, username);
    }

    private static String key(Method m) {
        return m.getDeclaringClass().getSimpleName() + "." + m.getName() + "/" + m.getParameterCount();
    }

    private SessionId lastSessionOf(DemoRecords demo) {
        List<Session> upcoming = sessions.sessionsOfGroup(demo.tuesday(), Instant.now(),
                Instant.now().plus(Duration.ofDays(60)));
        return upcoming.getLast().id();
    }

    private ClientId jordanIn(DemoRecords demo) {
        return clients.findAll(memberships.periodsOfGroup(demo.tuesday()).stream()
                        .map(MembershipPeriod::client).toList()).stream()
                .filter(c -> c.preferredName().equals("Jordan")).findFirst().orElseThrow().id();
    }

    private ExerciseId builtIn(Practice practice) {
        return exercises.search(Language.ENGLISH, null, practice, null, null, false, 0, 20).stream().filter(Exercise::builtIn)
                .findFirst().orElseThrow().id();
    }

    private IntakeForm form(String unique) {
        return IntakeForm.of(unique + " Legal", unique, unique.toLowerCase() + "@audit.mutual.example", null,
                "Audited reason.", Set.of(BarrierPattern.SELF_SUFFICIENCY), Set.of(DayOfWeek.TUESDAY),
                Set.of(DayPart.EVENING), true, UUID.randomUUID().toString(), LocalDate.now(zone.zone()));
    }
}
