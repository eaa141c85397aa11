package org.mutual.domain.homework;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.mutual.domain.base.ValidationException;
import org.mutual.domain.base.Validator;
import org.mutual.domain.client.ClientId;
import org.mutual.domain.exercise.ExerciseId;
import org.mutual.domain.group.GroupId;
import org.mutual.domain.session.SessionId;
import org.mutual.domain.user.UserId;

/**
 * One member's homework as stored. The client writes a free reflection and, for homework from an
 * exercise, answers keyed like the exercise's member fields; both are editable only while the
 * homework is assigned. Submitting hands it in; a facilitator reopens or reviews it. {@code session}
 * and {@code exercise} are optional; {@code version} guards concurrent edits.
 */
public record Homework(HomeworkId id, AssignmentBatchId batch, GroupId group, ClientId client, SessionId session,
                       ExerciseId exercise, String title, String instructions, LocalDate due, HomeworkStatus status,
                       String reflection, Map<String, String> answers, String feedback, Instant submittedAt,
                       Instant reviewedAt, UserId reviewedBy, int version) {

    public static final int TITLE_MAX = 120;
    public static final int INSTRUCTIONS_MAX = 4000;
    public static final int REFLECTION_MAX = 8000;
    public static final int FEEDBACK_MAX = 4000;
    public static final int ANSWER_MAX = 200;
    public static final int MAX_ANSWERS = 20;
    /** What an answer key is: an identifier of the exercise's member fields (letters and underscores). */
    public static final Pattern ANSWER_KEY = Pattern.compile("[a-z_]{1,40}");

    public Homework {
        Objects.requireNonNull(batch, "batch");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(status, "status");
        // Sorted by key so two reads of the same answers are equal and show in a stable order.
        answers = answers == null || answers.isEmpty() ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(answers));
    }

    /**
     * New reflection text and answers; either may be empty while the client is still working.
     * {@code newAnswers} are expected to be checked against the exercise already (see
     * {@link HomeworkAnswers}); here only their shape is checked.
     *
     * @throws ValidationException with {@code homework.submitted} once it is submitted or reviewed
     */
    public Homework saveDraft(String text, Map<String, String> newAnswers) {
        refuseHandedIn();
        Validator v = new Validator();
        String cleanText = v.optionalText(text, "reflection", REFLECTION_MAX);
        Map<String, String> cleanAnswers = newAnswers == null ? Map.of() : newAnswers;
        v.require(cleanAnswers.size() <= MAX_ANSWERS, "answers", "homework.answers.too-many", MAX_ANSWERS);
        v.require(cleanAnswers.entrySet().stream().allMatch(e -> ANSWER_KEY.matcher(e.getKey()).matches()
                && e.getValue() != null && !e.getValue().isBlank() && e.getValue().length() <= ANSWER_MAX),
                "answers", "homework.answers.invalid");
        v.throwIfInvalid();
        return new Homework(id, batch, group, client, session, exercise, title, instructions, due, status, cleanText,
                cleanAnswers, feedback, submittedAt, reviewedAt, reviewedBy, version);
    }

    /**
     * Hands the homework in.
     *
     * @throws ValidationException with {@code homework.submitted} when it is already handed in and
     *         {@code homework.empty} when neither a reflection nor an answer was written
     */
    public Homework submit(Instant at) {
        refuseHandedIn();
        Objects.requireNonNull(at, "at");
        if (reflection == null || reflection.isBlank()) {
            if (answers.isEmpty()) {
                throw ValidationException.of("reflection", "homework.empty");
            }
        }
        return new Homework(id, batch, group, client, session, exercise, title, instructions, due,
                HomeworkStatus.SUBMITTED, reflection, answers, feedback, at, null, null, version);
    }

    /**
     * Gives a submitted homework back to the client to continue (a facilitator's action).
     *
     * @throws ValidationException with {@code homework.not-submitted} unless it is submitted
     */
    public Homework reopen() {
        requireSubmitted();
        return new Homework(id, batch, group, client, session, exercise, title, instructions, due,
                HomeworkStatus.ASSIGNED, reflection, answers, feedback, null, null, null, version);
    }

    /**
     * Marks a submitted homework reviewed, with optional feedback for the client.
     *
     * @throws ValidationException with {@code homework.not-submitted} unless it is submitted
     */
    public Homework review(String newFeedback, UserId by, Instant at) {
        requireSubmitted();
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
        Validator v = new Validator();
        String cleanFeedback = v.optionalText(newFeedback, "feedback", FEEDBACK_MAX);
        v.throwIfInvalid();
        return new Homework(id, batch, group, client, session, exercise, title, instructions, due,
                HomeworkStatus.REVIEWED, reflection, answers, cleanFeedback, submittedAt, at, by, version);
    }

    /** Still assigned after its due day. */
    public boolean isOverdue(LocalDate today) {
        return status.isOverdue(due, today);
    }

    /**
     * Overdue as the client sees it: the due day ends at midnight in {@code clientZone}, not in the
     * practice's zone or UTC.
     */
    public boolean isOverdue(Instant now, ZoneId clientZone) {
        return isOverdue(LocalDate.ofInstant(now, clientZone));
    }

    public boolean isOwnedBy(ClientId someone) {
        return client.equals(someone);
    }

    private void refuseHandedIn() {
        if (status != HomeworkStatus.ASSIGNED) {
            throw ValidationException.of("reflection", "homework.submitted");
        }
    }

    private void requireSubmitted() {
        if (status != HomeworkStatus.SUBMITTED) {
            throw ValidationException.of("status", "homework.not-submitted");
        }
    }
}
