package org.mutual.app;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.mutual.domain.base.BarrierPattern;
import org.mutual.domain.client.ClientId;
import org.mutual.domain.client.ClientRepository;
import org.mutual.domain.exercise.ExerciseId;
import org.mutual.domain.exercise.ExerciseService;
import org.mutual.domain.group.GroupId;
import org.mutual.domain.group.GroupService;
import org.mutual.domain.homework.HomeworkId;
import org.mutual.domain.homework.HomeworkService;
import org.mutual.domain.intake.DayPart;
import org.mutual.domain.intake.IntakeForm;
import org.mutual.domain.intake.IntakeId;
import org.mutual.domain.intake.IntakeService;
import org.mutual.domain.intake.IntakeStatus;
import org.mutual.domain.measure.Cadence;
import org.mutual.domain.measure.Instrument;
import org.mutual.domain.measure.MeasureService;
import org.mutual.domain.measure.ResponseId;
import org.mutual.domain.measure.ScheduleId;
import org.mutual.domain.membership.MembershipPeriod;
import org.mutual.domain.membership.MembershipRepository;
import org.mutual.domain.note.NoteId;
import org.mutual.domain.note.NoteService;
import org.mutual.domain.plan.PlanItemId;
import org.mutual.domain.plan.PlanService;
import org.mutual.domain.schedule.PracticeZone;
import org.mutual.domain.session.SessionId;
import org.mutual.domain.session.SessionService;
import org.mutual.domain.user.Language;
import org.mutual.domain.user.AccountRepository;
import org.mutual.domain.user.UserId;
import org.springframework.context.ApplicationContext;

/**
 * Records of the demo practice that access tests open: the Tuesday evening group (led by
 * {@code therapist}, Casey and Jordan are members), one of its sessions, Casey's client file, and
 * records made through the services as the therapist would: a homework and a questionnaire for
 * Casey, a group note and a plan item for that session.
 */
public record DemoRecords(GroupId tuesday, SessionId tuesdaySession, ClientId casey, UserId therapist,
                          HomeworkId caseysHomework, ScheduleId caseysSchedule, ResponseId caseysQuestionnaire,
                          NoteId groupNote, PlanItemId planItem, IntakeId intake) {

    private static final Map<ApplicationContext, DemoRecords> MADE = new ConcurrentHashMap<>();

    /** The records of this running application, made on first use (test classes share the application). */
    public static DemoRecords of(ApplicationContext app) {
        return MADE.computeIfAbsent(app, DemoRecords::create);
    }

    private static DemoRecords create(ApplicationContext app) {
        AccountRepository accounts = app.getBean(AccountRepository.class);
        MembershipRepository memberships = app.getBean(MembershipRepository.class);
        MeasureService measures = app.getBean(MeasureService.class);
        try {
            TestUsers.signIn(accounts, "therapist");
            GroupId tuesday = app.getBean(GroupService.class).list("Tuesday evening group", null, 0, 1).getFirst().id();
            ClientId casey = app.getBean(ClientRepository.class).findAll(memberships.periodsOfGroup(tuesday).stream()
                            .map(MembershipPeriod::client).toList()).stream()
                    .filter(c -> c.preferredName().equals("Casey")).findFirst().orElseThrow().id();
            SessionId session = app.getBean(SessionService.class).sessionsOfGroup(tuesday,
                    Instant.now().minus(Duration.ofDays(60)), Instant.now().plus(Duration.ofDays(60))).getFirst().id();
            LocalDate today = LocalDate.now(app.getBean(PracticeZone.class).zone());
            HomeworkId homework = app.getBean(HomeworkService.class).assignToMember(tuesday, casey, session, null,
                    "Ask for one small thing", "Notice how the other person answers.", today.plusDays(7))
                    .homework().getFirst();
            NoteId note = app.getBean(NoteService.class).saveDraft(session, null, "The group warmed up slowly.", -1).id();
            ExerciseId exercise = app.getBean(ExerciseService.class).search(Language.ENGLISH, null, null, null, null, false, 0, 1)
                    .getFirst().id();
            PlanItemId planItem = app.getBean(PlanService.class).add(session, exercise, 15);
            ScheduleId schedule = measures.schedule(tuesday, casey, Instrument.GAD7, new Cadence.Once(today.plusDays(3)));
            TestUsers.signIn(accounts, "client");
            ResponseId questionnaire = measures.myPending().stream().filter(r -> r.schedule().equals(schedule))
                    .findFirst().orElseThrow().id();
            UserId therapist = accounts.findByUsername("therapist").orElseThrow().id();
            TestUsers.signOut();
            IntakeService intakes = app.getBean(IntakeService.class);
            intakes.submit(IntakeForm.of("Robin Demo Records", "Robin", "robin@demo.mutual.example", null,
                    "I would like to practise asking for help.", Set.of(BarrierPattern.SELF_SUFFICIENCY),
                    Set.of(DayOfWeek.TUESDAY), Set.of(DayPart.EVENING), true, UUID.randomUUID().toString(), today),
                    "192.0.2.200", "");
            TestUsers.signIn(accounts, "therapist");
            IntakeId intake = intakes.queue(EnumSet.allOf(IntakeStatus.class), 0, 1000).stream()
                    .filter(i -> i.preferredName().equals("Robin")).findFirst().orElseThrow().id();
            return new DemoRecords(tuesday, session, casey, therapist, homework, schedule, questionnaire, note,
                    planItem, intake);
        } finally {
            TestUsers.signOut();
        }
    }
}
