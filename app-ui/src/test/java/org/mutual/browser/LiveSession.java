package org.mutual.browser;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.mutual.app.DemoRecords;
import org.mutual.app.TestUsers;
import org.mutual.domain.attendance.AttendanceService;
import org.mutual.domain.attendance.AttendanceStatus;
import org.mutual.domain.client.ClientId;
import org.mutual.domain.client.ClientRepository;
import org.mutual.domain.exercise.ExerciseId;
import org.mutual.domain.exercise.ExerciseService;
import org.mutual.domain.homework.HomeworkId;
import org.mutual.domain.homework.HomeworkService;
import org.mutual.domain.membership.MembershipPeriod;
import org.mutual.domain.membership.MembershipRepository;
import org.mutual.domain.schedule.PracticeZone;
import org.mutual.domain.schedule.SessionLocation;
import org.mutual.domain.plan.PlanService;
import org.mutual.domain.session.SessionId;
import org.mutual.domain.session.SessionService;
import org.mutual.domain.user.AccountRepository;
import org.mutual.domain.user.Language;
import org.springframework.context.ApplicationContext;

/**
 * A held session of the Tuesday group of its own (yesterday, outside the demo series), so the live
 * recording panel has something to show: Casey and Jordan present, a give-and-take conversation
 * planned; plus two homework for Casey: one the keyboard journey hands in, one that stays open.
 */
record LiveSession(SessionId session, ClientId casey, ClientId jordan, ClientId morgan, HomeworkId homework,
                   HomeworkId openHomework) {

    private static final Map<ApplicationContext, LiveSession> MADE = new ConcurrentHashMap<>();

    static LiveSession of(ApplicationContext app) {
        return MADE.computeIfAbsent(app, LiveSession::create);
    }

    private static LiveSession create(ApplicationContext app) {
        DemoRecords demo = DemoRecords.of(app);
        AccountRepository accounts = app.getBean(AccountRepository.class);
        MembershipRepository memberships = app.getBean(MembershipRepository.class);
        try {
            TestUsers.signIn(accounts, "therapist");
            Map<String, ClientId> members = new java.util.HashMap<>();
            app.getBean(ClientRepository.class).findAll(memberships.periodsOfGroup(demo.tuesday()).stream()
                    .map(MembershipPeriod::client).toList()).forEach(c -> members.put(c.preferredName(), c.id()));
            LocalDate yesterday = LocalDate.now(app.getBean(PracticeZone.class).zone()).minusDays(1);
            SessionId session = app.getBean(SessionService.class).addSingle(demo.tuesday(), yesterday,
                    LocalTime.of(21, 0), Duration.ofMinutes(90), app.getBean(PracticeZone.class).zone(), SessionLocation.of("Room 2", null));
            ExerciseId giveAndTake = app.getBean(ExerciseService.class)
                    .search(Language.ENGLISH, "Give-and-take", null, null, null, false, 0, 1).getFirst().id();
            app.getBean(PlanService.class).add(session, giveAndTake, 30);
            // A second exercise, so the Record tab shows its row of exercises (give-and-take first, shown).
            ExerciseId matching = app.getBean(ExerciseService.class)
                    .search(Language.ENGLISH, "Matching", null, null, null, false, 0, 1).getFirst().id();
            app.getBean(PlanService.class).add(session, matching, 20);
            AttendanceService attendance = app.getBean(AttendanceService.class);
            attendance.mark(session, members.get("Casey"), AttendanceStatus.PRESENT);
            attendance.mark(session, members.get("Jordan"), AttendanceStatus.PRESENT);
            HomeworkService assign = app.getBean(HomeworkService.class);
            HomeworkId homework = assign.assignToMember(demo.tuesday(), members.get("Casey"), session, null,
                    "Say no once this week", "Notice what happens after you say it.", yesterday.plusDays(8))
                    .homework().getFirst();
            HomeworkId openHomework = assign.assignToMember(demo.tuesday(), members.get("Casey"), session, null,
                    "Ask a question in the group", "Write down how the answer felt.", yesterday.plusDays(8))
                    .homework().getFirst();
            return new LiveSession(session, members.get("Casey"), members.get("Jordan"), members.get("Morgan"),
                    homework, openHomework);
        } finally {
            TestUsers.signOut();
        }
    }
}
