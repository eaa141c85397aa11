package org.mutual.domain.measure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.mutual.domain.base.ValidationException;
import org.mutual.domain.base.Validator;
import org.mutual.domain.client.ClientId;
import org.mutual.domain.group.GroupId;

/**
 * One member's questionnaire from one scheduled occurrence. The client answers it in as many
 * sittings as they like while it is pending; submitting it is final. {@code answers} maps item
 * numbers (from 1) to answers 0–3; an unanswered item has no entry. {@code version} guards
 * concurrent edits (the same client on two devices).
 */
public record MeasureResponse(ResponseId id, ScheduleId schedule, GroupId group, ClientId client,
                              Instrument instrument, LocalDate due, ResponseStatus status,
                              Map<Integer, Integer> answers, Instant submittedAt, int version) {

    public MeasureResponse {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(status, "status");
        // Sorted by item so equal answers compare equal and show in questionnaire order.
        answers = answers == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(answers));
    }

    /** The form field an item's message belongs to, e.g. {@code item.9}. */
    public static String field(int item) {
        return "item." + item;
    }

    /**
     * Replaces the answers given so far; unanswered items may stay open. A null answer means the item
     * is unanswered.
     *
     * @throws ValidationException with {@code measure.submitted} once submitted, on {@code item.<n>}
     *         with {@code measure.answer.range} for an answer outside 0–3, and on {@code answers} with
     *         {@code measure.item.unknown} for an item the instrument doesn't have
     */
    public MeasureResponse answer(Map<Integer, Integer> newAnswers) {
        refuseSubmitted();
        Map<Integer, Integer> clean = new TreeMap<>();
        Validator v = new Validator();
        if (newAnswers != null) {
            newAnswers.forEach((item, value) -> {
                if (item == null || !instrument.hasItem(item)) {
                    v.require(false, "answers", "measure.item.unknown", item);
                } else if (value != null) {
                    boolean inRange = value >= Instrument.MIN_ANSWER && value <= Instrument.MAX_ANSWER;
                    v.require(inRange, field(item), "measure.answer.range", Instrument.MIN_ANSWER,
                            Instrument.MAX_ANSWER);
                    clean.put(item, value);
                }
            });
        }
        v.throwIfInvalid();
        return new MeasureResponse(id, schedule, group, client, instrument, due, status, clean, submittedAt, version);
    }

    /**
     * Hands the questionnaire in. Every item must be answered: an incomplete questionnaire can't be
     * scored, so it isn't accepted as final.
     *
     * @throws ValidationException with {@code measure.submitted} once submitted, and on each
     *         unanswered {@code item.<n>} with {@code measure.item.required}
     */
    public MeasureResponse submit(Instant at) {
        refuseSubmitted();
        Objects.requireNonNull(at, "at");
        Validator v = new Validator();
        for (int item = 1; item <= instrument.items(); item++) {
            v.require(answers.containsKey(item), field(item), "measure.item.required");
        }
        v.throwIfInvalid();
        return new MeasureResponse(id, schedule, group, client, instrument, due, ResponseStatus.SUBMITTED, answers,
                at, version);
    }

    /** The score of a submitted questionnaire; none while pending. */
    public Optional<Score> score() {
        return status == ResponseStatus.SUBMITTED ? Score.of(instrument, answers) : Optional.empty();
    }

    /** Whether an answer above 0 on the instrument's safety item (PHQ-9 item 9) has been given. */
    public boolean raisesSafetyAlert() {
        return instrument.safetyItem().stream().anyMatch(item -> answers.getOrDefault(item, 0) > 0);
    }

    public boolean isSubmitted() {
        return status == ResponseStatus.SUBMITTED;
    }

    /** Still pending after its due day. */
    public boolean isOverdue(LocalDate today) {
        return status == ResponseStatus.PENDING && today.isAfter(due);
    }

    public boolean isOwnedBy(ClientId someone) {
        return client.equals(someone);
    }

    private void refuseSubmitted() {
        if (status == ResponseStatus.SUBMITTED) {
            throw ValidationException.of("answers", "measure.submitted");
        }
    }
}
