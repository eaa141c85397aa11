package org.mutual.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mutual.app.RunningAppTest;
import org.mutual.app.TestUsers;
import org.mutual.domain.audit.AuditQuery;
import org.mutual.domain.audit.AuditTrail;
import org.mutual.domain.base.BarrierPattern;
import org.mutual.domain.base.NotFoundException;
import org.mutual.domain.base.ValidationException;
import org.mutual.domain.client.ClientDraft;
import org.mutual.domain.client.ClientId;
import org.mutual.domain.client.ClientRepository;
import org.mutual.domain.exercise.ExerciseDraft;
import org.mutual.domain.exercise.ExerciseId;
import org.mutual.domain.exercise.ExerciseService;
import org.mutual.domain.group.GroupDraft;
import org.mutual.domain.group.GroupId;
import org.mutual.domain.group.GroupService;
import org.mutual.domain.homework.HomeworkId;
import org.mutual.domain.homework.HomeworkService;
import org.mutual.domain.homework.ResourceDraft;
import org.mutual.domain.homework.ResourceRepository;
import org.mutual.domain.homework.ResourceService;
import org.mutual.domain.intake.DayPart;
import org.mutual.domain.intake.IntakeForm;
import org.mutual.domain.intake.IntakeId;
import org.mutual.domain.intake.IntakeService;
import org.mutual.domain.intake.Invitation;
import org.mutual.domain.measure.Cadence;
import org.mutual.domain.measure.Instrument;
import org.mutual.domain.measure.MeasureService;
import org.mutual.domain.measure.ResponseId;
import org.mutual.domain.membership.MemberView;
import org.mutual.domain.membership.MembershipId;
import org.mutual.domain.membership.MembershipPeriod;
import org.mutual.domain.membership.MembershipService;
import org.mutual.domain.membership.MembershipStatus;
import org.mutual.domain.note.NoteService;
import org.mutual.domain.plan.PlanItemId;
import org.mutual.domain.plan.PlanService;
import org.mutual.domain.record.RecordService;
import org.mutual.domain.schedule.PracticeZone;
import org.mutual.domain.schedule.SessionLocation;
import org.mutual.domain.schedule.WeeklySlot;
import org.mutual.domain.session.SessionId;
import org.mutual.domain.session.SessionService;
import org.mutual.domain.staff.AccountService;
import org.mutual.domain.user.Language;
import org.mutual.domain.user.AccountRepository;
import org.mutual.domain.user.NewAccount;
import org.mutual.domain.user.NewPassword;
import org.mutual.domain.user.Role;
import org.mutual.security.HostileInputs.Input;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The hostile-input corpus through the service behind every form, in the running application with
 * its real database, as the person who fills the form in. Each input must either be refused with a
 * validation message the translation bundle has (a clear message next to the field) or be stored and
 * read back exactly as entered (text fields trim surrounding white space, nothing else). Any other
 * outcome (a database error, a null pointer, an exception from the driver, silently changed text)
 * fails the form.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileFormsTest extends RunningAppTest {

    static final Map<String, int[]> FIGURES = new TreeMap<>();

    @Autowired AccountRepository accounts;
    @Autowired GroupService groups;
    @Autowired ExerciseService exercises;
    @Autowired SessionService sessions;
    @Autowired MembershipService memberships;
    @Autowired MeasureService measures;
    @Autowired NoteService notes;
    @Autowired PlanService plans;
    @Autowired RecordService records;
    @Autowired HomeworkService homework;
    @Autowired ResourceService resources;
    @Autowired IntakeService intakes;
    @Autowired AccountService accountService;
    @Autowired AuditTrail auditTrail;
    @Autowired PracticeZone practiceZone;
    @Autowired DSLContext dsl;
    @Autowired ClientRepository clients;
    @Autowired ResourceRepository resourceRows;

    Properties bundle = new Properties();
    LocalDate today;
    GroupId group;
    SessionId session;
    ClientId member;
    String memberUsername;
    ExerciseId exercise;
    PlanItemId planItem;
    final AtomicInteger addresses = new AtomicInteger();
    Instant started;

    @BeforeAll
    void practice() throws IOException {
        started = Instant.now();
        try (InputStream in = getClass().getResourceAsStream("/vaadin-i18n/translations.properties")) {
            bundle.load(in);
        }
        today = LocalDate.now(practiceZone.zone());
        TestUsers.signIn(accounts, "therapist");
        group = groups.create(GroupDraft.of("Hostile input group", "Refusing bad input", null, 30));
        session = sessions.addSingle(group, today, LocalTime.of(18, 0), Duration.ofMinutes(90), practiceZone.zone(),
                SessionLocation.of("Room 1", null));
        exercise = exercises.create(ExerciseDraft.of(null, "Hostile exercise", "Hold steady", "One\nTwo", null, 20,
                null, Set.of(BarrierPattern.SELF_SUFFICIENCY), List.of()));
        planItem = plans.add(session, exercise, 20);
        // A member with a login, invited through the intake like any new person.
        IntakeId intake = submitIntake("Hostile Member", "Please");
        TestUsers.signIn(accounts, "therapist");
        memberUsername = "hostile." + UUID.randomUUID().toString().substring(0, 8);
        Invitation invitation = intakes.invite(intake, group, today, memberUsername, intakes.read(intake).version());
        member = invitation.client();
        TestUsers.signOut();
    }

    @BeforeEach
    void asTherapist() {
        TestUsers.signIn(accounts, "therapist");
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @AfterAll
    void figures() {
        int inputs = FIGURES.values().stream().mapToInt(f -> f[0]).sum();
        System.out.println("Hostile input through forms: " + HostileInputs.all().size() + " corpus entries, "
                + FIGURES.size() + " forms/fields, " + inputs + " calls, took "
                + Duration.between(started, Instant.now()).toMillis() + " ms; refused/stored per form: "
                + FIGURES.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()[1] + "/" + e.getValue()[2])
                .toList());
    }

    // ---- forms ------------------------------------------------------------------------------------

    @Test
    void group_form() {
        Probe p = new Probe("group form");
        for (Input in : corpus()) {
            p.text(in, "name", () -> {
                groups.updateDetails(group, GroupDraft.of(in.value(), "Focus", null, 12), version());
                return groups.get(group).name();
            });
            p.text(in, "focus", () -> {
                groups.updateDetails(group, GroupDraft.of("Hostile input group", in.value(), null, 12), version());
                return groups.get(group).focus();
            });
            p.text(in, "description", () -> {
                groups.updateDetails(group, GroupDraft.of("Hostile input group", "Focus", in.value(), 12), version());
                return groups.get(group).description();
            });
            p.number(in, "capacity", v -> {
                groups.updateDetails(group, GroupDraft.of("Hostile input group", "Focus", null, v), version());
                return groups.get(group).capacity();
            });
        }
        p.finish();
    }

    @Test
    void exercise_form() {
        Probe p = new Probe("exercise form");
        for (Input in : corpus()) {
            p.text(in, "title", () -> {
                exercises.update(exercise, draft(in.value(), "Goal", "Steps", null, null), exercises.get(exercise).version());
                return exercises.get(exercise).title();
            });
            p.text(in, "goal", () -> {
                exercises.update(exercise, draft("Hostile exercise", in.value(), "Steps", null, null),
                        exercises.get(exercise).version());
                return exercises.get(exercise).goal();
            });
            p.text(in, "steps", () -> {
                exercises.update(exercise, draft("Hostile exercise", "Goal", in.value(), null, null),
                        exercises.get(exercise).version());
                return exercises.get(exercise).steps();
            });
            p.text(in, "prompts", () -> {
                exercises.update(exercise, draft("Hostile exercise", "Goal", "Steps", in.value(), null),
                        exercises.get(exercise).version());
                return exercises.get(exercise).prompts();
            });
            p.text(in, "homeworkVariant", () -> {
                exercises.update(exercise, draft("Hostile exercise", "Goal", "Steps", null, in.value()),
                        exercises.get(exercise).version());
                return exercises.get(exercise).homeworkVariant();
            });
            p.number(in, "suggestedMinutes", v -> {
                exercises.update(exercise, ExerciseDraft.of(null, "Hostile exercise", "Goal", "Steps", null, v, null,
                        Set.of(), List.of()), exercises.get(exercise).version());
                return exercises.get(exercise).suggestedMinutes();
            });
        }
        p.finish();
    }

    @Test
    void session_plan_and_live_record() {
        Probe p = new Probe("session plan + record panel");
        for (Input in : corpus()) {
            p.number(in, "plan minutes", v -> {
                plans.changeMinutes(planItem, v);
                return plans.plan(session).items().stream().filter(i -> i.id().equals(planItem)).findFirst()
                        .orElseThrow().minutes();
            });
            p.text(in, "template name", () -> {
                var id = plans.saveAsTemplate(session, in.value());
                return plans.templates().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow().name();
            });
            p.text(in, "observation", () -> {
                int version = records.read(session).records().stream()
                        .filter(r -> r.planItem().id().equals(planItem)).findFirst().map(r -> r.version()).orElse(0);
                records.setObservation(planItem, in.value(), version);
                return records.read(session).records().stream().filter(r -> r.planItem().id().equals(planItem))
                        .findFirst().orElseThrow().observation();
            });
        }
        p.finish();
    }

    @Test
    void notes_and_addenda() {
        Probe p = new Probe("notes");
        for (Input in : corpus()) {
            p.text(in, "group note draft", () -> {
                int version = notes.latest(session, null).map(n -> n.version()).orElse(-1);
                return notes.saveDraft(session, null, in.value(), version).text();
            });
            p.text(in, "progress note draft", () -> {
                int version = notes.latest(session, member).map(n -> n.version()).orElse(-1);
                return notes.saveDraft(session, member, in.value(), version).text();
            });
        }
        var signed = notes.latest(session, null).orElseThrow();
        if (signed.text().isBlank()) {
            signed = notes.saveDraft(session, null, "Signed text", signed.version());
        }
        var noteId = notes.sign(signed.id(), signed.version()).id();
        for (Input in : corpus()) {
            p.text(in, "addendum", () -> notes.addAddendum(noteId, in.value()).addenda().getLast().text());
        }
        p.finish();
    }

    @Test
    void homework_assign_reflection_and_review() {
        Probe p = new Probe("homework");
        for (Input in : corpus()) {
            p.text(in, "assign title", () -> homework.read(assign(in.value(), null, today.plusDays(7))).title());
            p.text(in, "assign instructions",
                    () -> homework.read(assign("Title", in.value(), today.plusDays(7))).instructions());
            p.date(in, "assign due", d -> homework.read(assign("Title", null, d)).due());
        }
        HomeworkId mine = assign("Reflect here", null, today.plusDays(7));
        p.as(memberUsername);
        for (Input in : corpus()) {
            p.text(in, "reflection", () -> homework.saveMyDraft(mine, in.value(), Map.of(),
                    homework.myHomework(mine).version()).reflection());
        }
        p.as("therapist");
        HomeworkId[] toReview = {submitted()};
        for (Input in : corpus()) {
            p.text(in, "review feedback", () -> {
                String feedback = homework.review(toReview[0], in.value(), homework.read(toReview[0]).version())
                        .feedback();
                toReview[0] = submitted();
                return feedback;
            });
        }
        p.finish();
    }

    @Test
    void resource_form() {
        Probe p = new Probe("resource form");
        for (Input in : corpus()) {
            p.text(in, "title", () -> resource(new ResourceDraft(in.value(), null, "https://example.org/a", null)).title());
            p.text(in, "author", () -> resource(new ResourceDraft("Title", in.value(), "https://example.org/a", null)).author());
            p.text(in, "link", () -> resource(new ResourceDraft("Title", null, in.value(), null)).link());
            p.text(in, "note", () -> resource(new ResourceDraft("Title", null, "https://example.org/a", in.value())).note());
        }
        p.finish();
    }

    @Test
    void client_form_through_the_waitlist_and_the_new_member_form() {
        Probe p = new Probe("client form");
        for (Input in : corpus()) {
            p.text(in, "legalName", () -> waitlisted(in.value(), "Pat", "pat@example.org", null, null).legalName());
            p.text(in, "preferredName", () -> waitlisted("Pat Example", in.value(), "pat@example.org", null, null)
                    .preferredName());
            p.text(in, "email", () -> waitlisted("Pat Example", "Pat", in.value(), null, null).email());
            p.text(in, "phone", () -> waitlisted("Pat Example", "Pat", "pat@example.org", in.value(), null).phone());
            p.text(in, "emergencyContact", () -> waitlisted("Pat Example", "Pat", "pat@example.org", null, in.value())
                    .emergencyContact());
            p.date(in, "dateOfBirth", d -> {
                ClientDraft draft = ClientDraft.of("Pat Example", "Pat", "pat@example.org", null, d, null, today);
                return clients.find(memberships.waitlistNewClient(group, draft)).orElseThrow().dateOfBirth();
            });
        }
        p.finish();
    }

    @Test
    void sessions_form_cancel_reason_and_dates() {
        Probe p = new Probe("session forms");
        for (Input in : corpus()) {
            p.text(in, "place", () -> {
                SessionId id = sessions.addSingle(group, today.plusDays(1), LocalTime.of(9, 0), Duration.ofMinutes(60),
                        practiceZone.zone(), SessionLocation.of(in.value(), null));
                return sessions.get(id).location().place();
            });
            p.text(in, "videoLink", () -> {
                SessionId id = sessions.addSingle(group, today.plusDays(1), LocalTime.of(9, 0), Duration.ofMinutes(60),
                        practiceZone.zone(), SessionLocation.of(null, in.value()));
                return sessions.get(id).location().videoLink();
            });
            p.date(in, "single session date", d -> {
                SessionId id = sessions.addSingle(group, d, LocalTime.of(9, 0), Duration.ofMinutes(60),
                        practiceZone.zone(), SessionLocation.of("Room", null));
                return sessions.get(id).startsAt().atZone(practiceZone.zone()).toLocalDate();
            });
        }
        SessionId[] toCancel = {newSession()};
        for (Input in : corpus()) {
            p.text(in, "cancel reason", () -> {
                sessions.cancel(toCancel[0], in.value(), sessions.get(toCancel[0]).version());
                String reason = sessions.get(toCancel[0]).cancelReason();
                toCancel[0] = newSession();
                return reason;
            });
        }
        p.finish();
    }

    @Test
    void intake_form_and_its_actions() {
        Probe p = new Probe("intake");
        for (Input in : corpus()) {
            p.text(in, "reason", () -> intakeReason(submitIntake("Ira Example", in.value())));
            p.text(in, "preferredName", () -> {
                TestUsers.signOut();
                IntakeForm form = intakeForm("Ira Example", in.value(), "ira@example.org", "Please");
                intakes.submit(form, nextAddress(), "");
                TestUsers.signIn(accounts, "therapist");
                return intakes.read(intakeWithKey(form.idempotencyKey())).form().contact().preferredName();
            });
        }
        TestUsers.signIn(accounts, "therapist");
        IntakeId[] open = {submitIntake("Dee Example", "Please")};
        for (Input in : corpus()) {
            p.text(in, "decline reason", () -> {
                String reason = intakes.decline(open[0], in.value(), intakes.read(open[0]).version()).declineReason();
                open[0] = submitIntake("Dee Example", "Please");
                return reason;
            });
            p.text(in, "invite username", () -> {
                Invitation invitation = intakes.invite(open[0], group, today, in.value(), intakes.read(open[0]).version());
                open[0] = submitIntake("Dee Example", "Please");
                return accounts.findById(((org.mutual.domain.user.SetPasswordLink) invitation.passwordSetup())
                        .account()).orElseThrow().username();
            });
            p.date(in, "invite starts on", d -> {
                intakes.invite(open[0], group, d, "inv." + UUID.randomUUID().toString().substring(0, 8),
                        intakes.read(open[0]).version());
                LocalDate joined = memberships.members(group).stream()
                        .filter(m -> m.client().id().equals(intakes.read(open[0]).client())).findFirst().orElseThrow()
                        .period().joinedOn();
                open[0] = submitIntake("Dee Example", "Please");
                return joined;
            });
        }
        p.finish();
    }

    @Test
    void admin_account_form_and_set_password() {
        Probe p = new Probe("accounts");
        p.as("admin");
        for (Input in : corpus()) {
            p.text(in, "username", () -> {
                accountService.create(NewAccount.of(in.value(), "Name", unique() + "@example.org", Role.THERAPIST, null));
                return accounts.findByUsername(in.stored()).orElseThrow().username();
            });
            p.text(in, "displayName", () -> {
                String username = unique();
                accountService.create(NewAccount.of(username, in.value(), username + "@example.org", Role.THERAPIST, null));
                return accounts.findByUsername(username).orElseThrow().displayName();
            });
            p.text(in, "email", () -> {
                String username = unique();
                accountService.create(NewAccount.of(username, "Name", in.value(), Role.THERAPIST, null));
                return accounts.findByUsername(username).orElseThrow().email();
            });
        }
        for (Input in : corpus()) {
            p.refusedOnly(in, "set-password token", () -> {
                accountService.setPassword(in.value(), NewPassword.of("a-long-enough-password", "a-long-enough-password"));
                return null;
            });
            p.refusedOnly(in, "new password", () -> NewPassword.of(in.value(), in.value()));
        }
        p.finish();
    }

    @Test
    void membership_leave_group_defaults_and_questionnaire_answers() {
        Probe p = new Probe("membership, group defaults, questionnaire");
        GroupId own = groups.create(GroupDraft.of("Hostile defaults group", "Refusing bad input", null, 30));
        MembershipPeriod[] current = {newMember(own)};
        measures.schedule(group, member, Instrument.GAD7, new Cadence.Once(today.plusDays(7)));
        TestUsers.signIn(accounts, memberUsername);
        ResponseId questionnaire = measures.myPending().stream()
                .filter(r -> r.group().equals(group)).findFirst().orElseThrow().id();
        TestUsers.signIn(accounts, "therapist");
        for (Input in : corpus()) {
            // The client's answer buttons send an item number and a value; both are checked on the server.
            p.number(in, "questionnaire answer", value -> {
                TestUsers.signIn(accounts, memberUsername);
                measures.saveMine(questionnaire, Map.of(1, value), measures.myResponse(questionnaire).version());
                return measures.myResponse(questionnaire).answers().get(1);
            });
            in.asInteger().ifPresent(item -> p.refusedOnly(in, "questionnaire item", () -> {
                TestUsers.signIn(accounts, memberUsername);
                return measures.saveMine(questionnaire, Map.of(item, 1), measures.myResponse(questionnaire).version());
            }));
            p.text(in, "leave reason", () -> {
                memberships.leave(current[0].id(), today, MembershipStatus.WITHDRAWN, in.value(), current[0].version());
                String reason = period(own, current[0].id()).leaveReason();
                current[0] = newMember(own);
                return reason;
            });
            p.date(in, "left on", d -> {
                memberships.leave(current[0].id(), d, MembershipStatus.COMPLETED, null, current[0].version());
                LocalDate left = period(own, current[0].id()).leftOn();
                current[0] = newMember(own);
                return left;
            });
            p.text(in, "default place", () -> {
                groups.updateDefaults(own, wednesdays(90), SessionLocation.of(in.value(), null),
                        groups.get(own).version());
                return groups.get(own).defaultLocation().place();
            });
            p.number(in, "default minutes", minutes -> {
                groups.updateDefaults(own, wednesdays(minutes), SessionLocation.of("Room 3", null),
                        groups.get(own).version());
                return (int) groups.get(own).defaultSlot().duration().toMinutes();
            });
        }
        p.finish();
    }

    private MembershipPeriod newMember(GroupId own) {
        ClientId client = memberships.addNewClient(own, ClientDraft.of("Lee Example", "Lee", "lee@example.org", null,
                null, null, today), today, Set.of());
        return memberships.members(own).stream().map(MemberView::period)
                .filter(m -> m.client().equals(client)).findFirst().orElseThrow();
    }

    private MembershipPeriod period(GroupId own, MembershipId id) {
        return memberships.members(own).stream().map(MemberView::period)
                .filter(m -> m.id().equals(id)).findFirst().orElseThrow();
    }

    private WeeklySlot wednesdays(int minutes) {
        return WeeklySlot.of(DayOfWeek.WEDNESDAY, LocalTime.of(18, 0), Duration.ofMinutes(minutes),
                practiceZone.zone());
    }

    @Test
    void searches_and_filters_never_fail() {
        Probe p = new Probe("searches and filters");
        p.as("admin");
        for (Input in : corpus()) {
            p.refusedOnly(in, "group search", () -> groups.list(in.value(), null, 0, 20));
            p.refusedOnly(in, "account search", () -> accountService.list(in.value(), null, 0, 20));
            p.refusedOnly(in, "audit actor", () -> auditTrail.find(
                    AuditQuery.of(in.value(), null, null, null, null, null, practiceZone.zone()), 0, 20));
            p.refusedOnly(in, "audit action", () -> auditTrail.find(
                    AuditQuery.of(null, in.value(), null, null, null, null, practiceZone.zone()), 0, 20));
            p.refusedOnly(in, "audit record", () -> auditTrail.find(
                    AuditQuery.of(null, null, in.value(), null, null, null, practiceZone.zone()), 0, 20));
            in.asDate().ifPresent(d -> p.refusedOnly(in, "audit from/to", () -> auditTrail.find(
                    AuditQuery.of(null, null, null, null, d, d, practiceZone.zone()), 0, 20)));
        }
        for (LocalDate d : HostileInputs.extremeDates()) {
            Input in = new Input(HostileInputs.Category.DATE, "typed " + d, d.toString());
            p.refusedOnly(in, "audit from/to typed", () -> auditTrail.find(
                    AuditQuery.of(null, null, null, null, d, d, practiceZone.zone()), 0, 20));
        }
        p.as("therapist");
        for (Input in : corpus()) {
            p.refusedOnly(in, "exercise search", () -> exercises.search(Language.ENGLISH, in.value(), null, null, null, false, 0, 20));
            p.refusedOnly(in, "resource search", () -> resources.search(in.value(), 0, 20));
            in.asInteger().ifPresent(v -> p.refusedOnly(in, "exercise max minutes",
                    () -> exercises.search(Language.ENGLISH, null, null, null, v, false, 0, 20)));
        }
        p.finish();
    }

    // ---- the probe --------------------------------------------------------------------------------

    /** Feeds inputs to one form and keeps every outcome that is neither a clear refusal nor a verbatim store. */
    final class Probe {
        final String form;
        String user;
        final List<String> failures = new ArrayList<>();
        int calls;
        int refused;
        int stored;

        Probe(String form) {
            this.form = form;
            this.user = "therapist";
        }

        /** From now on the form is filled in by this person. */
        void as(String username) {
            user = username;
            TestUsers.signIn(accounts, username);
        }

        /** A text field: refused with a known message, or stored and read back as entered (trimmed). */
        void text(Input in, String field, Callable<String> storeAndRead) {
            // Blank text reads back as nothing: null or empty, as the field stores it.
            outcome(in, field, () -> java.util.Objects.toString(storeAndRead.call(), ""), in.stored(), true);
        }

        /** A number field: text that isn't a whole number is the field's own refusal; others go through. */
        void number(Input in, String field, java.util.function.Function<Integer, Object> storeAndRead) {
            var value = in.asInteger();
            if (value.isEmpty()) {
                return;
            }
            outcome(in, field, () -> storeAndRead.apply(value.get()), value.get(), true);
        }

        /** A date field: text that isn't a date is the date picker's own refusal; dates go through. */
        void date(Input in, String field, java.util.function.Function<LocalDate, Object> storeAndRead) {
            var value = in.asDate();
            if (value.isEmpty()) {
                return;
            }
            outcome(in, field, () -> storeAndRead.apply(value.get()), value.get(), true);
        }

        /** A call that stores nothing: it may be refused clearly or answer; it may not fail otherwise. */
        void refusedOnly(Input in, String field, Callable<Object> call) {
            outcome(in, field, call, null, false);
        }

        private void outcome(Input in, String field, Callable<?> call, Object expected, boolean compare) {
            calls++;
            int before = failures.size();
            try {
                Object actual = call.call();
                stored++;
                if (compare && !java.util.Objects.equals(actual, expected)) {
                    failures.add(field + " <- " + in + ": stored as " + shorten(actual) + " instead of "
                            + shorten(expected));
                }
            } catch (ValidationException e) {
                refused++;
                e.errors().stream().filter(error -> !bundle.containsKey(error.messageKey())).forEach(error ->
                        failures.add(field + " <- " + in + ": message key without text " + error.messageKey()));
            } catch (NotFoundException | org.mutual.domain.membership.GroupFullException
                     | org.mutual.domain.user.TokenRejectedException e) {
                // The screens turn both into their own clear message.
                refused++;
            } catch (Exception | Error e) {
                failures.add(field + " <- " + in + ": " + e.getClass().getName() + ": " + shorten(e.getMessage()));
            } finally {
                TestUsers.signIn(accounts, user);
                if (failures.size() > before) {
                    System.out.println("HOSTILE " + form + ": " + failures.getLast());
                }
            }
        }

        void finish() {
            FIGURES.merge(form, new int[] {calls, refused, stored},
                    (a, b) -> new int[] {a[0] + b[0], a[1] + b[1], a[2] + b[2]});
            assertThat(calls).as(form + " calls").isGreaterThan(HostileInputs.all().size());
            assertThat(failures).as(form + ": inputs neither refused clearly nor stored verbatim").isEmpty();
        }
    }

    static String shorten(Object value) {
        String text = String.valueOf(value);
        String visible = text.length() > 80 ? text.substring(0, 80) + "…(" + text.length() + ")" : text;
        StringBuilder out = new StringBuilder();
        visible.chars().forEach(c -> out.append(c < 32 || (c >= 0x7f && c < 0xa0) || Character.isSurrogate((char) c)
                ? String.format("\\u%04x", c) : String.valueOf((char) c)));
        return out.toString();
    }

    // ---- helpers ----------------------------------------------------------------------------------

    static List<Input> corpus() {
        return HostileInputs.all();
    }

    int version() {
        return groups.get(group).version();
    }

    static ExerciseDraft draft(String title, String goal, String steps, String prompts, String homeworkVariant) {
        return ExerciseDraft.of(null, title, goal, steps, prompts, 20, homeworkVariant, Set.of(), List.of());
    }

    HomeworkId assign(String title, String instructions, LocalDate due) {
        return homework.assignToMember(group, member, null, null, title, instructions, due).homework().getFirst();
    }

    /** A homework the member has handed in, ready for review (signed in as the therapist afterwards). */
    HomeworkId submitted() {
        TestUsers.signIn(accounts, "therapist");
        HomeworkId id = assign("To review", null, today.plusDays(7));
        TestUsers.signIn(accounts, memberUsername);
        homework.saveMyDraft(id, "Done", Map.of(), homework.myHomework(id).version());
        homework.submitMine(id, homework.myHomework(id).version());
        TestUsers.signIn(accounts, "therapist");
        return id;
    }

    org.mutual.domain.homework.Resource resource(ResourceDraft draft) {
        return resourceRows.find(resources.create(draft, null)).orElseThrow();
    }

    org.mutual.domain.client.Client waitlisted(String legalName, String preferredName, String email, String phone,
                                               String emergencyContact) {
        ClientDraft draft = ClientDraft.of(legalName, preferredName, email, phone, null, emergencyContact, today);
        return clients.find(memberships.waitlistNewClient(group, draft)).orElseThrow();
    }

    SessionId newSession() {
        return sessions.addSingle(group, today.plusDays(2), LocalTime.of(10, 0), Duration.ofMinutes(60),
                practiceZone.zone(), SessionLocation.of("Room", null));
    }

    String nextAddress() {
        int n = addresses.incrementAndGet();
        return "10.77." + (n / 250) + "." + (n % 250 + 1);
    }

    IntakeForm intakeForm(String legalName, String preferredName, String email, String reason) {
        return IntakeForm.of(legalName, preferredName, email, null, reason, Set.of(BarrierPattern.SELF_SUFFICIENCY),
                Set.of(DayOfWeek.TUESDAY), Set.of(DayPart.EVENING), true, UUID.randomUUID().toString(), today);
    }

    /** Submits as nobody signed in and returns the new intake; signed in as the therapist afterwards. */
    IntakeId submitIntake(String legalName, String reason) {
        TestUsers.signOut();
        IntakeForm form = intakeForm(legalName, "Ira", "ira@example.org", reason);
        intakes.submit(form, nextAddress(), "");
        TestUsers.signIn(accounts, "therapist");
        return intakeWithKey(form.idempotencyKey());
    }

    String intakeReason(IntakeId id) {
        return intakes.read(id).form().reason();
    }

    IntakeId intakeWithKey(String key) {
        return new IntakeId(dsl.select(DSL.field("id", Long.class)).from(DSL.table("intake"))
                .where(DSL.field("idempotency_key").eq(key)).fetchSingle().value1());
    }

    static String unique() {
        return "u" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }
}
