package org.mutual.app;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import org.jooq.ExecuteListenerProvider;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.mutual.persistence.base.StatementCount;
import org.mutual.app.mail.MailSafetyAlertNotifier;
import org.mutual.app.mail.OutgoingMail;
import org.mutual.app.mail.ReminderMail;
import org.mutual.domain.attendance.AttendanceRepository;
import org.mutual.domain.attendance.AttendanceService;
import org.mutual.domain.audit.Audit;
import org.mutual.domain.audit.AuditRepository;
import org.mutual.domain.audit.AuditTrail;
import org.mutual.domain.base.Transactions;
import org.mutual.domain.calendar.CalendarFeedRepository;
import org.mutual.domain.calendar.CalendarFeedService;
import org.mutual.domain.dashboard.DashboardRepository;
import org.mutual.domain.dashboard.DashboardService;
import org.mutual.domain.client.ClientRepository;
import org.mutual.domain.clientfile.ClientFileRepository;
import org.mutual.domain.clientfile.ClientFileService;
import org.mutual.domain.exercise.BuiltInPractices;
import org.mutual.domain.exercise.ExerciseRepository;
import org.mutual.domain.exercise.ExerciseService;
import org.mutual.domain.export.ExportRepository;
import org.mutual.domain.export.ExportService;
import org.mutual.domain.group.GroupAccess;
import org.mutual.domain.group.GroupRepository;
import org.mutual.domain.group.GroupService;
import org.mutual.domain.homework.ClientAccounts;
import org.mutual.domain.homework.HomeworkRepository;
import org.mutual.domain.homework.HomeworkService;
import org.mutual.domain.homework.ResourceRepository;
import org.mutual.domain.homework.ResourceService;
import org.mutual.domain.intake.IntakeRepository;
import org.mutual.domain.intake.IntakeService;
import org.mutual.domain.measure.MeasureRepository;
import org.mutual.domain.measure.MeasureService;
import org.mutual.domain.measure.SafetyAlertNotifier;
import org.mutual.domain.membership.MembershipRepository;
import org.mutual.domain.membership.GroupPageRepository;
import org.mutual.domain.membership.MembershipService;
import org.mutual.domain.membership.WaitlistRepository;
import org.mutual.domain.note.NoteRepository;
import org.mutual.domain.note.NoteService;
import org.mutual.domain.plan.PlanRepository;
import org.mutual.domain.plan.PlanService;
import org.mutual.domain.progress.GroupProgressService;
import org.mutual.domain.progress.ProgressRepository;
import org.mutual.domain.record.RecordRepository;
import org.mutual.domain.record.RecordService;
import org.mutual.domain.reminder.ReminderPlan;
import org.mutual.domain.reminder.ReminderRepository;
import org.mutual.domain.reminder.ReminderService;
import org.mutual.domain.schedule.PracticeZone;
import org.mutual.domain.session.SessionRepository;
import org.mutual.domain.session.SessionService;
import org.mutual.domain.staff.AccountService;
import org.mutual.domain.user.AccountLinks;
import org.mutual.domain.user.AccountRepository;
import org.mutual.domain.user.AccountTokenRepository;
import org.mutual.domain.user.CurrentUser;
import org.mutual.domain.user.IdentityProvisioning;
import org.mutual.domain.user.LanguagePreference;
import org.mutual.domain.user.LocalPasswords;
import org.mutual.domain.user.PasswordHasher;
import org.mutual.domain.user.SessionTerminator;
import org.mutual.domain.user.UserLanguages;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The domain is plain Java; this is where its services meet their Spring-provided ports. */
@Configuration(proxyBeanMethods = false)
public class DomainConfig {

    /** Lets the performance benchmark count the statements a screen sends; idle otherwise. */
    @Bean
    ExecuteListenerProvider statementCount() {
        return new DefaultExecuteListenerProvider(StatementCount.LISTENER);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    PracticeZone practiceZone(@Value("${mutual.time-zone:}") String zone) {
        return new PracticeZone(zone == null || zone.isBlank() ? ZoneId.systemDefault() : ZoneId.of(zone));
    }

    @Bean
    Audit audit(AuditRepository repository, CurrentUser currentUser, Clock clock) {
        return new Audit(repository, currentUser, clock);
    }

    @Bean
    AuditTrail auditTrail(AuditRepository repository, CurrentUser currentUser, Audit audit) {
        return new AuditTrail(repository, currentUser, audit);
    }

    @Bean
    GroupAccess groupAccess(GroupRepository groups, CurrentUser currentUser, Audit audit) {
        return new GroupAccess(groups, currentUser, audit);
    }

    @Bean
    GroupService groupService(GroupRepository groups, AccountRepository accounts, CurrentUser currentUser, Audit audit,
                              Transactions tx) {
        return new GroupService(groups, accounts, currentUser, audit, tx);
    }

    @Bean
    MembershipService membershipService(MembershipRepository memberships, WaitlistRepository waitlist,
                                        GroupPageRepository pages, ClientRepository clients, GroupAccess access,
                                        Audit audit, Transactions tx, Clock clock, PracticeZone zone) {
        return new MembershipService(memberships, waitlist, pages, clients, access, audit, tx, clock, zone.zone());
    }

    @Bean
    SessionService sessionService(SessionRepository sessions, GroupAccess access, CurrentUser currentUser, Audit audit,
                                  Transactions tx, Clock clock) {
        return new SessionService(sessions, access, currentUser, audit, tx, clock);
    }

    @Bean
    AttendanceService attendanceService(AttendanceRepository marks, SessionRepository sessions,
                                        MembershipRepository memberships, ClientRepository clients, GroupAccess access,
                                        Audit audit, Transactions tx, Clock clock, PracticeZone zone) {
        return new AttendanceService(marks, sessions, memberships, clients, access, audit, tx, clock, zone.zone());
    }

    @Bean
    ClientFileService clientFileService(ClientFileRepository files, MembershipRepository memberships,
                                        MeasureRepository measures, RecordRepository records, NoteRepository notes,
                                        GroupAccess access, CurrentUser currentUser, Audit audit, PracticeZone zone) {
        return new ClientFileService(files, memberships, measures, records, notes, access, currentUser, audit,
                zone.zone());
    }

    @Bean
    ExportService exportService(ExportRepository exports, SessionRepository sessions, MembershipRepository memberships,
                                ClientAccounts clientAccounts, GroupAccess access, CurrentUser currentUser, Audit audit,
                                PracticeZone zone) {
        return new ExportService(exports, sessions, memberships, clientAccounts, access, currentUser, audit,
                zone.zone());
    }

    @Bean
    GroupProgressService groupProgressService(ProgressRepository progress, GroupAccess access, Audit audit,
                                              Clock clock, PracticeZone zone) {
        return new GroupProgressService(progress, access, audit, clock, zone.zone());
    }

    @Bean
    ExerciseService exerciseService(ExerciseRepository exercises, CurrentUser currentUser, Audit audit,
                                    Transactions tx) {
        return new ExerciseService(exercises, currentUser, audit, tx);
    }

    @Bean
    PlanService planService(PlanRepository plans, SessionRepository sessions, ExerciseRepository exercises,
                            GroupAccess access, CurrentUser currentUser, Audit audit, Transactions tx) {
        return new PlanService(plans, sessions, exercises, access, currentUser, audit, tx);
    }

    @Bean
    RecordService recordService(RecordRepository records, SessionRepository sessions, AttendanceRepository attendance,
                                GroupAccess access, Audit audit, Transactions tx, Clock clock, PracticeZone zone) {
        return new RecordService(records, sessions, attendance, access, audit, tx, clock, zone.zone());
    }

    @Bean
    NoteService noteService(NoteRepository notes, SessionRepository sessions, MembershipRepository memberships,
                            GroupAccess access, Audit audit, Transactions tx, Clock clock, PracticeZone zone) {
        return new NoteService(notes, sessions, memberships, access, audit, tx, clock, zone.zone());
    }

    @Bean
    HomeworkService homeworkService(HomeworkRepository homework, ResourceRepository resources,
                                    ExerciseRepository exercises, SessionRepository sessions,
                                    MembershipRepository memberships, ClientAccounts clientAccounts,
                                    GroupAccess access, CurrentUser currentUser, Audit audit, Transactions tx,
                                    Clock clock, PracticeZone zone) {
        return new HomeworkService(homework, resources, exercises, sessions, memberships, clientAccounts, access,
                currentUser, audit, tx, clock, zone.zone());
    }

    @Bean
    ResourceService resourceService(ResourceRepository resources, ClientAccounts clientAccounts,
                                    CurrentUser currentUser, Audit audit, Transactions tx, Clock clock) {
        return new ResourceService(resources, clientAccounts, currentUser, audit, tx, clock);
    }

    /** The eight built-in practices are part of every installation; seeding is idempotent. */
    @Bean
    ApplicationRunner builtInExercises(ExerciseRepository exercises, Transactions tx) {
        return args -> tx.run(() -> exercises.seedBuiltIns(BuiltInPractices.all()));
    }

    @Bean
    DashboardService dashboardService(DashboardRepository dashboards, MeasureRepository measures,
                                      HomeworkRepository homework, CurrentUser currentUser, Audit audit,
                                      Transactions tx, PracticeZone zone) {
        return new DashboardService(dashboards, measures, homework, currentUser, audit, tx, zone.zone());
    }

    @Bean
    CalendarFeedService calendarFeedService(CalendarFeedRepository feeds, CurrentUser currentUser, Audit audit,
                                            Transactions tx, Clock clock, PracticeZone zone) {
        return new CalendarFeedService(feeds, currentUser, audit, tx, clock, zone.zone());
    }

    /** Local login keeps passwords in Mutual's database; with Keycloak the auth module provides the port. */
    @Bean
    @ConditionalOnProperty(name = "mutual.auth.mode", havingValue = "local", matchIfMissing = true)
    IdentityProvisioning localPasswords(AccountRepository accounts, PasswordHasher hasher) {
        return new LocalPasswords(accounts, hasher);
    }

    @Bean
    LanguagePreference languagePreference(UserLanguages languages, CurrentUser currentUser) {
        return new LanguagePreference(languages, currentUser);
    }

    @Bean
    AccountService accountService(AccountRepository accounts, AccountTokenRepository tokens,
                                  IdentityProvisioning identities, AccountLinks links, SessionTerminator sessions,
                                  CurrentUser currentUser, Audit audit, Transactions tx, Clock clock,
                                  @Value("${mutual.accounts.set-password-link-validity:72h}") Duration linkValidity) {
        return new AccountService(accounts, tokens, identities, links, sessions, currentUser, audit, tx, clock,
                linkValidity);
    }

    @Bean
    IntakeService intakeService(IntakeRepository intakes, ClientRepository clients, MembershipService memberships,
                                AccountService accounts, GroupAccess access, CurrentUser currentUser, Audit audit,
                                Transactions tx, Clock clock, PracticeZone zone,
                                @Value("${mutual.intake.max-per-hour:5}") int maxPerHour) {
        return new IntakeService(intakes, clients, memberships, accounts, access, currentUser, audit, tx, clock,
                zone.zone(), maxPerHour);
    }

    @Bean
    MeasureService measureService(MeasureRepository measures, SessionRepository sessions,
                                  MembershipRepository memberships, ClientAccounts clientAccounts, GroupAccess access,
                                  CurrentUser currentUser, Audit audit, Transactions tx, Clock clock, PracticeZone zone,
                                  SafetyAlertNotifier notifier) {
        return new MeasureService(measures, sessions, memberships, clientAccounts, access, currentUser, audit, tx,
                clock, zone.zone(), notifier);
    }

    /** Safety alerts are on the facilitators' dashboard; with a mail server they are also e-mailed a notice. */
    @Bean
    SafetyAlertNotifier safetyAlertNotifier(OutgoingMail mail, GroupRepository groups, AccountRepository accounts,
                                            UserLanguages languages) {
        return new MailSafetyAlertNotifier(mail, groups, accounts, languages);
    }

    /** Reminders go out from {@code mutual.reminders.send-from} practice time (default 08:00), never at night. */
    @Bean
    ReminderPlan reminderPlan(PracticeZone zone, @Value("${mutual.reminders.send-from:08:00}") LocalTime sendFrom) {
        return new ReminderPlan(zone.zone(), sendFrom, Duration.ofDays(2));
    }

    @Bean
    ReminderService reminderService(ReminderRepository reminders, ReminderMail mail, ClientAccounts clientAccounts,
                                    MembershipRepository memberships, GroupAccess access,
                                    CurrentUser currentUser, Audit audit, Transactions tx, Clock clock,
                                    ReminderPlan plan) {
        return new ReminderService(reminders, mail, clientAccounts, memberships, access, currentUser, audit, tx,
                clock, plan);
    }
}
