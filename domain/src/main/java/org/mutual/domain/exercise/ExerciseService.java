package org.mutual.domain.exercise;

import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.mutual.domain.audit.Audit;
import org.mutual.domain.base.AccessDeniedException;
import org.mutual.domain.base.BarrierPattern;
import org.mutual.domain.base.NotFoundException;
import org.mutual.domain.base.Transactions;
import org.mutual.domain.user.AppUser;
import org.mutual.domain.user.Language;
import org.mutual.domain.user.CurrentUser;
import org.mutual.domain.user.Role;

/**
 * The library as therapists use it: everyone sees the built-in exercises and their own; a therapist
 * writes, duplicates, changes and archives only their own custom exercises. Admins and clients are
 * refused (the library belongs to the clinical work). Every write is audited with its record.
 */
public final class ExerciseService {

    static final String RECORD = "exercise";

    private final ExerciseRepository exercises;
    private final CurrentUser currentUser;
    private final Audit audit;
    private final Transactions tx;

    public ExerciseService(ExerciseRepository exercises, CurrentUser currentUser, Audit audit, Transactions tx) {
        this.exercises = exercises;
        this.currentUser = currentUser;
        this.audit = audit;
        this.tx = tx;
    }

    public ExerciseId create(ExerciseDraft draft) {
        AppUser user = requireTherapist("exercise.create", "new");
        return tx.inTransaction(() -> {
            ExerciseId id = exercises.create(Exercise.custom(draft, user.id()));
            audit.allowed("exercise.create", RECORD, id);
            return id;
        });
    }

    /** A custom copy of a built-in exercise or of one of the therapist's own, to adapt. */
    public ExerciseId duplicate(ExerciseId source) {
        AppUser user = requireTherapist("exercise.duplicate", source);
        Exercise original = requireVisible(source, user, "exercise.duplicate");
        return tx.inTransaction(() -> {
            ExerciseId id = exercises.create(original.duplicate(user.id()));
            audit.allowed("exercise.duplicate", RECORD, id);
            return id;
        });
    }

    /** New details; the fields stay as they are once records use them (see {@link Exercise#withFields}). */
    public void update(ExerciseId id, ExerciseDraft draft, int expectedVersion) {
        change(id, "exercise.update", e -> e.withDetails(draft, exercises.fieldsInUse(id)), expectedVersion);
    }

    public void archive(ExerciseId id, int expectedVersion) {
        change(id, "exercise.archive", Exercise::archive, expectedVersion);
    }

    /** A built-in exercise or one of the therapist's own. */
    public Exercise get(ExerciseId id) {
        AppUser user = requireTherapist("exercise.read", id);
        return requireVisible(id, user, "exercise.read");
    }

    /** Whether records use the exercise, so a form can lock its fields before the therapist edits them. */
    public boolean fieldsInUse(ExerciseId id) {
        get(id);
        return exercises.fieldsInUse(id);
    }

    /**
     * The library, filtered; {@code text} is found in the titles and goals as the reader sees them in
     * {@code language} (built-in exercises are translated, a therapist's own are searched as written).
     */
    public List<Exercise> search(Language language, String text, Practice practice, BarrierPattern pattern,
                                 Integer maxMinutes, boolean includeArchived, int offset, int limit) {
        return exercises.search(query(language, text, practice, pattern, maxMinutes, includeArchived), offset, limit);
    }

    public int count(Language language, String text, Practice practice, BarrierPattern pattern, Integer maxMinutes,
                     boolean includeArchived) {
        return exercises.count(query(language, text, practice, pattern, maxMinutes, includeArchived));
    }

    private ExerciseQuery query(Language language, String text, Practice practice, BarrierPattern pattern,
                                Integer maxMinutes, boolean includeArchived) {
        AppUser user = requireTherapist("exercise.read", "list");
        Locale reader = Locale.forLanguageTag((language == null ? Language.ENGLISH : language).tag());
        return new ExerciseQuery(text, practice, pattern, maxMinutes, user.id(), includeArchived,
                BuiltInTexts.matching(reader, text));
    }

    private void change(ExerciseId id, String action, UnaryOperator<Exercise> edit, int expectedVersion) {
        AppUser user = requireTherapist(action, id);
        Exercise current = load(id);
        if (!current.isOwnedBy(user.id()) && !current.builtIn()) {
            audit.denied(action, RECORD, id);
            throw new AccessDeniedException(RECORD, id);
        }
        tx.run(() -> {
            exercises.update(edit.apply(current), expectedVersion);
            audit.allowed(action, RECORD, id);
        });
    }

    private Exercise requireVisible(ExerciseId id, AppUser user, String action) {
        Exercise exercise = load(id);
        if (!exercise.isVisibleTo(user.id())) {
            audit.denied(action, RECORD, id);
            throw new AccessDeniedException(RECORD, id);
        }
        return exercise;
    }

    private AppUser requireTherapist(String action, Object recordId) {
        AppUser user = currentUser.require();
        if (!user.is(Role.THERAPIST)) {
            audit.denied(action, RECORD, recordId);
            throw new AccessDeniedException(RECORD, recordId);
        }
        return user;
    }

    private Exercise load(ExerciseId id) {
        return exercises.find(id).orElseThrow(() -> new NotFoundException(RECORD, id));
    }
}
