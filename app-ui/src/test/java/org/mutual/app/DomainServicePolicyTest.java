package org.mutual.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mutual.domain.base.AccessDeniedException;
import org.mutual.domain.base.NotFoundException;
import org.mutual.domain.client.ClientId;
import org.mutual.domain.group.GroupId;
import org.mutual.domain.homework.Homework;
import org.mutual.domain.homework.HomeworkId;
import org.mutual.domain.homework.HomeworkRepository;
import org.mutual.domain.intake.IntakeId;
import org.mutual.domain.measure.ResponseId;
import org.mutual.domain.note.NoteId;
import org.mutual.domain.plan.PlanItemId;
import org.mutual.domain.measure.ScheduleId;
import org.mutual.domain.session.Session;
import org.mutual.domain.session.SessionId;
import org.mutual.domain.session.SessionRepository;
import org.mutual.domain.user.AccountRepository;
import org.mutual.domain.user.UserId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.RegexPatternTypeFilter;

/**
 * Every public method of the domain services has a declared policy, and the running application
 * enforces it: each method is called, with the Tuesday evening group's records as arguments, by
 * every person the policy leaves out (nobody signed in, Casey, Jordan, the Thursday-only
 * co-therapist, the admin) and must either refuse with an access-denied failure or disclose nothing
 * (an empty list, zero, false, nothing). A new public service method fails the build until it is
 * given a row here.
 */
class DomainServicePolicyTest extends RunningAppTest {

    /** Who may call a method; everyone else must be refused (or get nothing back). */
    enum Policy {
        /**
         * No signed-in user needed: public lookups, secrets in links (calendar feed, set-password
         * token), background jobs.
         */
        ANYONE(EnumSet.allOf(Caller.class)),
        /** Any signed-in person, about themselves only. */
        SIGNED_IN_OWN(EnumSet.complementOf(EnumSet.of(Caller.ANONYMOUS))),
        /** A client, about their own records (the test opens Casey's, so Jordan is refused). */
        CLIENT_OWN(EnumSet.of(Caller.CLIENT)),
        /** A client, listing their own (each client gets only theirs; staff get nothing). */
        CLIENT_SELF(EnumSet.of(Caller.CLIENT, Caller.OTHER_CLIENT)),
        /** Any therapist (the exercise and resource library, a new group, their own work lists). */
        THERAPIST(EnumSet.of(Caller.OTHER_THERAPIST)),
        /** The group's facilitators only: clinical records; an admin is refused. */
        FACILITATOR(EnumSet.noneOf(Caller.class)),
        /** The group's facilitators and admins: organisational records (members, sessions, attendance). */
        ORGANISATIONAL(EnumSet.of(Caller.ADMIN)),
        /** Therapists and admins, each seeing what they may (their groups; all groups). */
        STAFF(EnumSet.of(Caller.OTHER_THERAPIST, Caller.ADMIN)),
        /** Admins only: accounts and the audit log. */
        ADMIN(EnumSet.of(Caller.ADMIN));

        final Set<Caller> mayCall;

        Policy(Set<Caller> mayCall) {
            this.mayCall = mayCall;
        }
    }

    /** The people the test calls as; the Tuesday group's lead therapist is allowed nearly everything, so is not one. */
    enum Caller {
        ANONYMOUS(null), CLIENT("client"), OTHER_CLIENT("client2"), OTHER_THERAPIST("cotherapist"), ADMIN("admin");

        final String username;

        Caller(String username) {
            this.username = username;
        }
    }

    /** Method (Service.method, overloads share a row) → policy. One line per method. */
    static final Map<String, Policy> POLICY = new TreeMap<>(Map.ofEntries(
            Map.entry("AttendanceService.roster", Policy.ORGANISATIONAL),
            Map.entry("AttendanceService.mark", Policy.ORGANISATIONAL),
            Map.entry("AttendanceService.rates", Policy.ORGANISATIONAL),
            Map.entry("AuditTrail.latest", Policy.ADMIN),
            Map.entry("AuditTrail.count", Policy.ADMIN),
            Map.entry("AuditTrail.find", Policy.ADMIN),
            Map.entry("AuditTrail.viewed", Policy.ADMIN),
            Map.entry("CalendarFeedService.available", Policy.ANYONE),
            Map.entry("CalendarFeedService.feed", Policy.ANYONE),
            Map.entry("CalendarFeedService.myLinkIssuedAt", Policy.SIGNED_IN_OWN),
            Map.entry("CalendarFeedService.issue", Policy.SIGNED_IN_OWN),
            Map.entry("CalendarFeedService.revoke", Policy.SIGNED_IN_OWN),
            Map.entry("CalendarFeedService.mySessions", Policy.SIGNED_IN_OWN),
            Map.entry("ClientFileService.open", Policy.ORGANISATIONAL),
            Map.entry("ClientFileService.clinical", Policy.FACILITATOR),
            Map.entry("ClientFileService.mayReadClinical", Policy.FACILITATOR),
            Map.entry("ClientFileService.mayOpen", Policy.ORGANISATIONAL),
            Map.entry("ExerciseService.create", Policy.THERAPIST),
            Map.entry("IntakeService.today", Policy.ANYONE),
            Map.entry("IntakeService.submit", Policy.ANYONE),
            Map.entry("IntakeService.queue", Policy.STAFF),
            Map.entry("IntakeService.count", Policy.STAFF),
            Map.entry("IntakeService.read", Policy.STAFF),
            Map.entry("IntakeService.startReview", Policy.STAFF),
            Map.entry("IntakeService.invite", Policy.STAFF),
            Map.entry("IntakeService.waitlist", Policy.STAFF),
            Map.entry("IntakeService.decline", Policy.STAFF),
            Map.entry("ExportService.sessionNote", Policy.FACILITATOR),
            Map.entry("ExportService.sessionPlan", Policy.FACILITATOR),
            Map.entry("ExportService.attendance", Policy.FACILITATOR),
            Map.entry("ExportService.homeworkBoard", Policy.FACILITATOR),
            Map.entry("ExportService.clientHistory", Policy.CLIENT_OWN),
            Map.entry("ExportService.myHistory", Policy.CLIENT_SELF),
            Map.entry("ExportService.mayExportHistory", Policy.CLIENT_OWN),
            Map.entry("GroupProgressService.progress", Policy.ORGANISATIONAL),
            Map.entry("ExerciseService.duplicate", Policy.THERAPIST),
            Map.entry("ExerciseService.update", Policy.THERAPIST),
            Map.entry("DashboardService.overview", Policy.THERAPIST),
            Map.entry("ExerciseService.archive", Policy.THERAPIST),
            Map.entry("ExerciseService.get", Policy.THERAPIST),
            Map.entry("ExerciseService.fieldsInUse", Policy.THERAPIST),
            Map.entry("ExerciseService.search", Policy.THERAPIST),
            Map.entry("ExerciseService.count", Policy.THERAPIST),
            Map.entry("GroupService.create", Policy.THERAPIST),
            Map.entry("GroupService.get", Policy.ORGANISATIONAL),
            Map.entry("GroupService.canEdit", Policy.FACILITATOR),
            Map.entry("GroupService.updateDetails", Policy.FACILITATOR),
            Map.entry("GroupService.changeStatus", Policy.FACILITATOR),
            Map.entry("GroupService.updateDefaults", Policy.FACILITATOR),
            Map.entry("GroupService.facilitators", Policy.ORGANISATIONAL),
            Map.entry("GroupService.addCoFacilitator", Policy.FACILITATOR),
            Map.entry("GroupService.coFacilitatorCandidates", Policy.FACILITATOR),
            Map.entry("GroupService.removeCoFacilitator", Policy.FACILITATOR),
            Map.entry("GroupService.list", Policy.STAFF),
            Map.entry("GroupService.count", Policy.STAFF),
            Map.entry("HomeworkService.assignToGroup", Policy.FACILITATOR),
            Map.entry("HomeworkService.assignToMember", Policy.FACILITATOR),
            Map.entry("HomeworkService.board", Policy.FACILITATOR),
            Map.entry("HomeworkService.read", Policy.FACILITATOR),
            Map.entry("HomeworkService.toReview", Policy.THERAPIST),
            Map.entry("HomeworkService.statusOfSession", Policy.FACILITATOR),
            Map.entry("HomeworkService.review", Policy.FACILITATOR),
            Map.entry("HomeworkService.reopen", Policy.FACILITATOR),
            Map.entry("HomeworkService.dueAt", Policy.FACILITATOR),
            // Library prompts of a homework the caller has already been allowed to read; no record of its own.
            Map.entry("HomeworkService.prompts", Policy.ANYONE),
            Map.entry("HomeworkService.attachments", Policy.CLIENT_OWN),
            Map.entry("HomeworkService.mine", Policy.CLIENT_SELF),
            Map.entry("HomeworkService.countMine", Policy.CLIENT_SELF),
            Map.entry("HomeworkService.myCounts", Policy.CLIENT_SELF),
            Map.entry("HomeworkService.myHomework", Policy.CLIENT_OWN),
            Map.entry("HomeworkService.myHomeworkPage", Policy.CLIENT_OWN),
            Map.entry("HomeworkService.saveMyDraft", Policy.CLIENT_OWN),
            Map.entry("HomeworkService.submitMine", Policy.CLIENT_OWN),
            Map.entry("MeasureService.schedule", Policy.FACILITATOR),
            Map.entry("MeasureService.schedulesOf", Policy.FACILITATOR),
            Map.entry("MeasureService.releaseDue", Policy.ANYONE),
            Map.entry("MeasureService.read", Policy.FACILITATOR),
            Map.entry("MeasureService.scoresOf", Policy.FACILITATOR),
            Map.entry("MeasureService.mayReadScores", Policy.FACILITATOR),
            Map.entry("MeasureService.openAlerts", Policy.THERAPIST),
            Map.entry("MeasureService.acknowledge", Policy.FACILITATOR),
            Map.entry("MeasureService.myPending", Policy.CLIENT_SELF),
            Map.entry("MeasureService.mySubmitted", Policy.CLIENT_SELF),
            Map.entry("MeasureService.countMySubmitted", Policy.CLIENT_SELF),
            Map.entry("MeasureService.myResponse", Policy.CLIENT_OWN),
            Map.entry("MeasureService.saveMine", Policy.CLIENT_OWN),
            Map.entry("MeasureService.submitMine", Policy.CLIENT_OWN),
            Map.entry("MembershipService.today", Policy.ANYONE),
            Map.entry("MembershipService.addNewClient", Policy.FACILITATOR),
            Map.entry("MembershipService.admit", Policy.FACILITATOR),
            Map.entry("MembershipService.leave", Policy.FACILITATOR),
            Map.entry("MembershipService.hold", Policy.FACILITATOR),
            Map.entry("MembershipService.resume", Policy.FACILITATOR),
            Map.entry("MembershipService.members", Policy.ORGANISATIONAL),
            Map.entry("MembershipService.rosterAt", Policy.ORGANISATIONAL),
            Map.entry("MembershipService.waitlistAdd", Policy.FACILITATOR),
            Map.entry("MembershipService.waitlistNewClient", Policy.FACILITATOR),
            Map.entry("MembershipService.waitlist", Policy.ORGANISATIONAL),
            Map.entry("MembershipService.page", Policy.ORGANISATIONAL),
            Map.entry("NoteService.notes", Policy.FACILITATOR),
            Map.entry("NoteService.latest", Policy.FACILITATOR),
            Map.entry("NoteService.saveDraft", Policy.FACILITATOR),
            Map.entry("NoteService.sign", Policy.FACILITATOR),
            Map.entry("NoteService.addAddendum", Policy.FACILITATOR),
            Map.entry("PlanService.plan", Policy.FACILITATOR),
            Map.entry("PlanService.add", Policy.FACILITATOR),
            Map.entry("PlanService.remove", Policy.FACILITATOR),
            Map.entry("PlanService.move", Policy.FACILITATOR),
            Map.entry("PlanService.moveUp", Policy.FACILITATOR),
            Map.entry("PlanService.moveDown", Policy.FACILITATOR),
            Map.entry("PlanService.changeMinutes", Policy.FACILITATOR),
            Map.entry("PlanService.copyPrevious", Policy.FACILITATOR),
            Map.entry("PlanService.saveAsTemplate", Policy.FACILITATOR),
            Map.entry("PlanService.templates", Policy.THERAPIST),
            Map.entry("PlanService.applyTemplate", Policy.FACILITATOR),
            Map.entry("RecordService.read", Policy.FACILITATOR),
            Map.entry("RecordService.setValue", Policy.FACILITATOR),
            Map.entry("RecordService.increment", Policy.FACILITATOR),
            Map.entry("RecordService.addTurn", Policy.FACILITATOR),
            Map.entry("RecordService.removeLastTurn", Policy.FACILITATOR),
            Map.entry("RecordService.setObservation", Policy.FACILITATOR),
            Map.entry("ReminderService.sendDue", Policy.ANYONE),
            Map.entry("ReminderService.emailReminders", Policy.ORGANISATIONAL),
            Map.entry("ReminderService.setEmailReminders", Policy.ORGANISATIONAL),
            Map.entry("ReminderService.myEmailReminders", Policy.CLIENT_SELF),
            Map.entry("ReminderService.setMyEmailReminders", Policy.CLIENT_SELF),
            Map.entry("ResourceService.create", Policy.THERAPIST),
            Map.entry("ResourceService.archive", Policy.THERAPIST),
            Map.entry("ResourceService.search", Policy.THERAPIST),
            Map.entry("ResourceService.count", Policy.THERAPIST),
            Map.entry("ResourceService.download", Policy.SIGNED_IN_OWN),
            Map.entry("SessionService.generateSeries", Policy.FACILITATOR),
            Map.entry("SessionService.overview", Policy.ORGANISATIONAL),
            Map.entry("SessionService.addSingle", Policy.FACILITATOR),
            Map.entry("SessionService.get", Policy.ORGANISATIONAL),
            Map.entry("SessionService.canRecord", Policy.FACILITATOR),
            Map.entry("SessionService.cancel", Policy.FACILITATOR),
            Map.entry("SessionService.move", Policy.FACILITATOR),
            Map.entry("SessionService.reschedule", Policy.FACILITATOR),
            Map.entry("SessionService.sessionsOfGroup", Policy.ORGANISATIONAL),
            Map.entry("SessionService.mySessions", Policy.THERAPIST),
            Map.entry("AccountService.checkSetPasswordLink", Policy.ANYONE),
            Map.entry("AccountService.setPassword", Policy.ANYONE),
            Map.entry("AccountService.create", Policy.ADMIN),
            Map.entry("AccountService.createClient", Policy.STAFF),
            Map.entry("AccountService.renewPasswordSetup", Policy.ADMIN),
            Map.entry("AccountService.deactivate", Policy.ADMIN),
            Map.entry("AccountService.reactivate", Policy.ADMIN),
            Map.entry("AccountService.list", Policy.ADMIN),
            Map.entry("AccountService.count", Policy.ADMIN)));

    static final Pattern SERVICE = Pattern.compile("org\\.mutual\\.domain\\..*\\.([A-Za-z]+Service|AuditTrail)");

    @Autowired ApplicationContext app;
    @Autowired AccountRepository accounts;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void every_public_service_method_has_a_policy_row() {
        Set<String> methods = serviceMethods().stream().map(DomainServicePolicyTest::name)
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(methods).as("service methods found").hasSizeGreaterThan(100);
        assertThat(methods).as("public service methods without a row in DomainServicePolicyTest.POLICY")
                .isSubsetOf(POLICY.keySet());
        assertThat(POLICY.keySet()).as("policy rows for methods that no longer exist").isSubsetOf(methods);
    }

    @Test
    void every_caller_the_policy_leaves_out_is_refused_or_gets_nothing() {
        DemoRecords records = DemoRecords.of(app);
        List<String> wrong = new ArrayList<>();
        List<String> onlyNotFound = new ArrayList<>();
        int calls = 0;
        for (Method method : serviceMethods()) {
            Policy policy = POLICY.get(name(method));
            for (Caller caller : Caller.values()) {
                if (policy == null || policy.mayCall.contains(caller)) {
                    continue;
                }
                calls++;
                String call = caller + " " + name(method) + Arrays.toString(method.getParameterTypes());
                if (caller.username == null) {
                    TestUsers.signOut();
                } else {
                    TestUsers.signIn(accounts, caller.username);
                }
                try {
                    Object result = method.invoke(app.getBean(method.getDeclaringClass()), arguments(method, records));
                    if (!disclosesNothing(result)) {
                        wrong.add(call + " succeeded and returned " + result);
                    }
                } catch (InvocationTargetException e) {
                    Throwable failure = e.getCause();
                    if (failure instanceof NotFoundException && usesUnbackedId(method)) {
                        onlyNotFound.add(call);
                    } else if (!(failure instanceof AccessDeniedException)) {
                        wrong.add(call + " failed with " + failure + " instead of being refused");
                    }
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                } finally {
                    TestUsers.signOut();
                }
            }
        }
        System.out.println("Domain service policy: " + calls + " refused calls checked; not found before any "
                + "access check (no such record in the demo data) for " + onlyNotFound.size() + ": " + onlyNotFound);
        assertThat(wrong).as("service calls the policy forbids").isEmpty();
    }

    private static List<Method> serviceMethods() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new RegexPatternTypeFilter(SERVICE));
        List<Method> methods = new ArrayList<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents("org.mutual.domain")) {
            try {
                Class<?> type = Class.forName(candidate.getBeanClassName());
                Arrays.stream(type.getDeclaredMethods())
                        .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers())
                                && !m.isSynthetic())
                        .forEach(methods::add);
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        methods.sort(Comparator.comparing(DomainServicePolicyTest::name)
                .thenComparing(m -> Arrays.toString(m.getParameterTypes())));
        return methods;
    }

    private static String name(Method method) {
        return method.getDeclaringClass().getSimpleName() + "." + method.getName();
    }

    /** The Tuesday group's real records where the demo data (or DemoRecords) has them; 1 for other ids. */
    private Object[] arguments(Method method, DemoRecords r) {
        return Arrays.stream(method.getParameters()).map(p -> argument(p, r)).toArray();
    }

    private Object argument(Parameter parameter, DemoRecords r) {
        Class<?> type = parameter.getType();
        if (type == Session.class) {
            return app.getBean(SessionRepository.class).find(r.tuesdaySession()).orElseThrow();
        } else if (type == Homework.class) {
            return app.getBean(HomeworkRepository.class).find(r.caseysHomework()).orElseThrow();
        } else if (type == GroupId.class) {
            return r.tuesday();
        } else if (type == SessionId.class) {
            return r.tuesdaySession();
        } else if (type == ClientId.class) {
            return r.casey();
        } else if (type == HomeworkId.class) {
            return r.caseysHomework();
        } else if (type == ResponseId.class) {
            return r.caseysQuestionnaire();
        } else if (type == ScheduleId.class) {
            return r.caseysSchedule();
        } else if (type == UserId.class) {
            return r.therapist();
        } else if (type == NoteId.class) {
            return r.groupNote();
        } else if (type == PlanItemId.class) {
            return r.planItem();
        } else if (type == IntakeId.class) {
            return r.intake();
        } else if (type.isRecord() && type.getRecordComponents().length == 1
                && type.getRecordComponents()[0].getType() == long.class) {
            return newId(type);
        } else if (type == String.class) {
            return "x";
        } else if (type == int.class || type == Integer.class) {
            return 0;
        } else if (type == boolean.class) {
            return false;
        } else if (type == Instant.class) {
            return Instant.now();
        } else if (type == LocalDate.class) {
            return LocalDate.now();
        } else if (type == LocalTime.class) {
            return LocalTime.of(10, 0);
        } else if (type == Duration.class) {
            return Duration.ofHours(1);
        } else if (type == ZoneId.class) {
            return ZoneOffset.UTC;
        } else if (type == Map.class) {
            return Map.of();
        } else if (type == Set.class) {
            return Set.of();
        } else if (type == List.class) {
            return List.of();
        } else if (type.isEnum()) {
            return type.getEnumConstants()[0];
        }
        return null;
    }

    private static Object newId(Class<?> type) {
        try {
            RecordComponent value = type.getRecordComponents()[0];
            return type.getDeclaredConstructor(value.getType()).newInstance(1L);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Ids the test fills with 1 rather than a real record: "not found" is then the only honest answer. */
    private static boolean usesUnbackedId(Method method) {
        Set<Class<?>> backed = Set.of(GroupId.class, SessionId.class, ClientId.class, HomeworkId.class,
                ResponseId.class, ScheduleId.class, UserId.class, NoteId.class, PlanItemId.class, IntakeId.class);
        return Arrays.stream(method.getParameterTypes()).anyMatch(t -> t.isRecord() && !backed.contains(t)
                && t.getRecordComponents().length == 1 && t.getRecordComponents()[0].getType() == long.class);
    }

    private static boolean disclosesNothing(Object result) {
        return switch (result) {
            case null -> false;
            case Collection<?> c -> c.isEmpty();
            case Map<?, ?> m -> m.isEmpty();
            case Optional<?> o -> o.isEmpty();
            case Boolean b -> !b;
            case Number n -> n.longValue() == 0;
            default -> false;
        };
    }
}
