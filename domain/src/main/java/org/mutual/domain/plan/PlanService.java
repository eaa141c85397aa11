package org.mutual.domain.plan;

import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;
import org.mutual.domain.audit.Audit;
import org.mutual.domain.base.AccessDeniedException;
import org.mutual.domain.base.NotFoundException;
import org.mutual.domain.base.Transactions;
import org.mutual.domain.base.ValidationException;
import org.mutual.domain.exercise.Exercise;
import org.mutual.domain.exercise.ExerciseId;
import org.mutual.domain.exercise.ExerciseRepository;
import org.mutual.domain.group.GroupAccess;
import org.mutual.domain.session.Session;
import org.mutual.domain.session.SessionId;
import org.mutual.domain.session.SessionRepository;
import org.mutual.domain.session.SessionStatus;
import org.mutual.domain.user.AppUser;
import org.mutual.domain.user.CurrentUser;
import org.mutual.domain.user.Role;

/**
 * Planning a session: only the facilitators of the session's group read or change its plan (an
 * admin's organisational view stops at the session itself). A planned exercise that already has
 * records stays: removing it or replacing the plan is refused. Every change is audited.
 */
public final class PlanService {

    static final String RECORD = "plan";

    private final PlanRepository plans;
    private final SessionRepository sessions;
    private final ExerciseRepository exercises;
    private final GroupAccess access;
    private final CurrentUser currentUser;
    private final Audit audit;
    private final Transactions tx;

    public PlanService(PlanRepository plans, SessionRepository sessions, ExerciseRepository exercises,
                       GroupAccess access, CurrentUser currentUser, Audit audit, Transactions tx) {
        this.plans = plans;
        this.sessions = sessions;
        this.exercises = exercises;
        this.access = access;
        this.currentUser = currentUser;
        this.audit = audit;
        this.tx = tx;
    }

    public SessionPlan plan(SessionId id) {
        Session session = loadSession(id);
        access.requireFacilitator(session.group(), "plan.read", RECORD, recordId(id));
        return planOf(session);
    }

    /**
     * Appends an exercise from the library; {@code minutes} null takes its suggested time.
     *
     * @throws ValidationException with {@code plan.exercise-archived} for an archived exercise
     */
    public PlanItemId add(SessionId id, ExerciseId exerciseId, Integer minutes) {
        Session session = writable(id, "plan.add");
        AppUser user = currentUser.require();
        Exercise exercise = exercises.find(exerciseId).orElseThrow(() -> new NotFoundException("exercise", exerciseId));
        if (!exercise.isVisibleTo(user.id())) {
            audit.denied("plan.add", "exercise", exerciseId);
            throw new AccessDeniedException("exercise", exerciseId);
        }
        if (exercise.archived()) {
            throw ValidationException.of("exercise", "plan.exercise-archived");
        }
        int boxed = minutes == null ? exercise.suggestedMinutes() : minutes;
        return tx.inTransaction(() -> {
            planOf(session).add(exerciseId, exercise.title(), boxed);
            PlanItemId item = plans.add(id, exerciseId, boxed);
            audit.allowed("plan.add", RECORD, recordId(id));
            return item;
        });
    }

    /** @throws ValidationException with {@code plan.item-has-records} once something was recorded for it */
    public void remove(PlanItemId item) {
        PlanItem planned = loadItem(item);
        writable(planned.session(), "plan.remove");
        if (plans.hasRecords(item)) {
            throw ValidationException.of("item", "plan.item-has-records");
        }
        tx.run(() -> {
            plans.remove(item);
            audit.allowed("plan.remove", RECORD, recordId(planned.session()));
        });
    }

    /** Moves the item to {@code newIndex} (0 is first). */
    public void move(PlanItemId item, int newIndex) {
        reorder(item, p -> p.move(item, newIndex));
    }

    public void moveUp(PlanItemId item) {
        reorder(item, p -> p.moveUp(item));
    }

    public void moveDown(PlanItemId item) {
        reorder(item, p -> p.moveDown(item));
    }

    public void changeMinutes(PlanItemId item, int minutes) {
        PlanItem planned = loadItem(item);
        Session session = writable(planned.session(), "plan.minutes");
        tx.run(() -> {
            planOf(session).withMinutes(item, minutes);
            plans.updateMinutes(item, minutes);
            audit.allowed("plan.minutes", RECORD, recordId(planned.session()));
        });
    }

    /**
     * Replaces the plan with the one of the group's previous (not cancelled) session and returns that
     * session.
     *
     * @throws ValidationException with {@code plan.no-previous} for a group's first session
     */
    public SessionId copyPrevious(SessionId id) {
        Session session = writable(id, "plan.copy");
        SessionId previous = plans.previousSessionOf(id)
                .orElseThrow(() -> ValidationException.of("session", "plan.no-previous"));
        refuseIfRecorded(id);
        tx.run(() -> {
            plans.copyFrom(previous, session.id());
            audit.allowed("plan.copy", RECORD, recordId(id));
        });
        return previous;
    }

    /** Saves the session's current plan as a template of the current therapist. */
    public PlanTemplateId saveAsTemplate(SessionId id, String name) {
        Session session = loadSession(id);
        AppUser user = access.requireFacilitator(session.group(), "plan.template.save", RECORD, recordId(id));
        List<PlanTemplate.Item> items = planOf(session).items().stream()
                .map(i -> new PlanTemplate.Item(i.exercise(), i.exerciseTitle(), i.minutes())).toList();
        String clean = PlanTemplate.checkName(name, items);
        return tx.inTransaction(() -> {
            PlanTemplateId template = plans.saveTemplate(clean, user.id(), items);
            audit.allowed("plan.template.save", "plantemplate", template);
            return template;
        });
    }

    /** The current therapist's templates. */
    public List<PlanTemplate> templates() {
        AppUser user = currentUser.require();
        if (!user.is(Role.THERAPIST)) {
            audit.denied("plan.template.read", "plantemplate", "list");
            throw new AccessDeniedException("plantemplate", "list");
        }
        return plans.templates(user.id());
    }

    /** Replaces the session's plan with one of the current therapist's templates. */
    public void applyTemplate(PlanTemplateId templateId, SessionId id) {
        writable(id, "plan.template.apply");
        AppUser user = currentUser.require();
        PlanTemplate template = plans.template(templateId)
                .orElseThrow(() -> new NotFoundException("plantemplate", templateId));
        if (!template.owner().equals(user.id())) {
            audit.denied("plan.template.apply", "plantemplate", templateId);
            throw new AccessDeniedException("plantemplate", templateId);
        }
        refuseIfRecorded(id);
        tx.run(() -> {
            plans.applyTemplate(templateId, id);
            audit.allowed("plan.template.apply", RECORD, recordId(id));
        });
    }

    private void reorder(PlanItemId item, UnaryOperator<SessionPlan> change) {
        PlanItem planned = loadItem(item);
        Session session = writable(planned.session(), "plan.move");
        tx.run(() -> {
            SessionPlan moved = change.apply(planOf(session));
            plans.reorder(session.id(), moved.order());
            audit.allowed("plan.move", RECORD, recordId(session.id()));
        });
    }

    private void refuseIfRecorded(SessionId id) {
        if (plans.hasRecords(id)) {
            throw ValidationException.of("plan", "plan.has-records");
        }
    }

    private Session writable(SessionId id, String action) {
        Session session = loadSession(id);
        access.requireFacilitator(session.group(), action, RECORD, recordId(id));
        if (session.status() == SessionStatus.CANCELLED) {
            throw ValidationException.of("session", "session.already-cancelled");
        }
        return session;
    }

    private SessionPlan planOf(Session session) {
        return new SessionPlan(session.id(), plans.items(session.id()),
                Duration.between(session.startsAt(), session.endsAt()));
    }

    private PlanItem loadItem(PlanItemId id) {
        return plans.item(id).orElseThrow(() -> new NotFoundException("planitem", id));
    }

    private Session loadSession(SessionId id) {
        return sessions.find(id).orElseThrow(() -> new NotFoundException("session", id));
    }

    private static String recordId(SessionId id) {
        return "session:" + id;
    }
}
