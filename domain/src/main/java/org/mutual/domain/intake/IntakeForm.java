package org.mutual.domain.intake;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.mutual.domain.base.BarrierPattern;
import org.mutual.domain.base.Validator;
import org.mutual.domain.client.ClientDraft;

/**
 * A validated submission of the public intake form. Contact details follow {@link ClientDraft}'s
 * rules (so an invitation can always turn them into a client record); field names are the client
 * draft's ({@code legalName}, {@code preferredName}, {@code email}, {@code phone}) plus
 * {@code reason}, {@code consent} and {@code idempotencyKey}. Text is stored as typed: markup is not
 * stripped but shown as text; control characters are refused.
 */
public record IntakeForm(ClientDraft contact, String reason, Set<BarrierPattern> patterns, Set<DayOfWeek> days,
                         Set<DayPart> dayParts, String idempotencyKey) {

    public static final int REASON_MAX = 4000;
    private static final Pattern KEY = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    public IntakeForm {
        Objects.requireNonNull(contact);
        patterns = copy(patterns, BarrierPattern.class);
        days = copy(days, DayOfWeek.class);
        dayParts = copy(dayParts, DayPart.class);
    }

    /**
     * Checks every field and fails with all broken rules at once.
     *
     * @param idempotencyKey the form instance's key (a lower-case UUID): the same key twice is one submission
     */
    public static IntakeForm of(String legalName, String preferredName, String email, String phone, String reason,
                                Set<BarrierPattern> patterns, Set<DayOfWeek> days, Set<DayPart> dayParts,
                                boolean consent, String idempotencyKey, LocalDate today) {
        Validator v = new Validator();
        ClientDraft contact = v.attempt(() -> ClientDraft.of(legalName, preferredName, email, phone, null, null, today));
        String cleanReason = v.requiredText(reason, "reason", REASON_MAX);
        v.require(consent, "consent", "intake.consent-required");
        v.require(idempotencyKey != null && KEY.matcher(idempotencyKey).matches(), "idempotencyKey",
                "intake.form-expired");
        v.throwIfInvalid();
        return new IntakeForm(contact, cleanReason, patterns, days, dayParts, idempotencyKey);
    }

    private static <E extends Enum<E>> Set<E> copy(Set<E> values, Class<E> type) {
        EnumSet<E> copy = EnumSet.noneOf(type);
        if (values != null) {
            values.stream().filter(Objects::nonNull).forEach(copy::add);
        }
        return java.util.Collections.unmodifiableSet(copy);
    }
}
