package org.mutual.domain.client;

import java.time.LocalDate;
import org.mutual.domain.user.UserId;

/**
 * A client as stored. {@code account} is null until the person has a login (a client can be on a
 * waitlist before being invited); {@code phone}, {@code dateOfBirth} and {@code emergencyContact}
 * are optional. {@code version} guards concurrent edits.
 */
public record Client(ClientId id, UserId account, String legalName, String preferredName, String email,
                     String phone, LocalDate dateOfBirth, String emergencyContact, int version) {

    /** The fields as a draft, to prefill an edit form. */
    public ClientDraft draft() {
        return new ClientDraft(legalName, preferredName, email, phone, dateOfBirth, emergencyContact);
    }
}
