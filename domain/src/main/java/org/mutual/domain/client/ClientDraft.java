package org.mutual.domain.client;

import java.time.LocalDate;
import java.util.Objects;
import org.mutual.domain.base.Validator;

/**
 * Validated fields of a client as a therapist or the intake form enters them. The group only ever
 * sees {@code preferredName}; {@code legalName} is for records and invoices.
 */
public record ClientDraft(String legalName, String preferredName, String email, String phone,
                          LocalDate dateOfBirth, String emergencyContact) {

    public static final int NAME_MAX = 120;
    public static final int EMAIL_MAX = 254;
    public static final int PHONE_MAX = 40;
    public static final int EMERGENCY_CONTACT_MAX = 200;
    public static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1900, 1, 1);

    /**
     * Checks every field and fails with all broken rules at once. {@code today} comes from the
     * caller's clock so "not in the future" is testable and follows the practice's time zone.
     */
    public static ClientDraft of(String legalName, String preferredName, String email, String phone,
                                 LocalDate dateOfBirth, String emergencyContact, LocalDate today) {
        Objects.requireNonNull(today, "today");
        Validator v = new Validator();
        String cleanLegalName = v.requiredText(legalName, "legalName", NAME_MAX);
        String cleanPreferredName = v.requiredText(preferredName, "preferredName", NAME_MAX);
        String cleanEmail = v.requiredText(email, "email", EMAIL_MAX);
        // Only a present address can be malformed; an empty one already says "required".
        v.require(cleanEmail.isEmpty() || cleanEmail.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"),
                "email", "validation.email");
        String cleanPhone = v.optionalText(phone, "phone", PHONE_MAX);
        v.require(cleanPhone == null || (cleanPhone.matches("[0-9 +()-]+") && cleanPhone.matches(".*[0-9].*")),
                "phone", "validation.phone-format");
        if (dateOfBirth != null) {
            v.require(!dateOfBirth.isAfter(today), "dateOfBirth", "client.date-of-birth.future");
            v.require(!dateOfBirth.isBefore(EARLIEST_BIRTH_DATE), "dateOfBirth", "client.date-of-birth.too-early",
                    EARLIEST_BIRTH_DATE.getYear());
        }
        String cleanEmergencyContact = v.optionalText(emergencyContact, "emergencyContact", EMERGENCY_CONTACT_MAX);
        v.throwIfInvalid();
        return new ClientDraft(cleanLegalName, cleanPreferredName, cleanEmail, cleanPhone, dateOfBirth,
                cleanEmergencyContact);
    }
}
