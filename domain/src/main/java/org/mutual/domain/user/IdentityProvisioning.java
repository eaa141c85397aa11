package org.mutual.domain.user;

import java.util.Optional;

/**
 * Port: where people's passwords live. With local login that is Mutual's own database
 * ({@link LocalPasswords}); with single sign-on it is the identity provider (Keycloak), which then
 * also holds the person's role. Creating an account and using a set-password link go through this
 * port, so the admin's screens, the set-password page and (later) client invitations work the same
 * in both modes.
 */
public interface IdentityProvisioning {

    /**
     * Makes a freshly stored account known where its person will sign in, with its role. Returns the
     * identity provider's subject (its stable id for the person) for Mutual to link the account to,
     * or empty when Mutual itself checks the password. Fails with a {@code ValidationException} on
     * {@code username} when the identity provider already has someone by that name.
     */
    Optional<String> register(UserId id, NewAccount account);

    /** Takes back a registration whose account could not be stored after all; best effort. */
    void unregister(String subject);

    /**
     * Whether the identity provider e-mails people the link to choose their password itself. When
     * false, Mutual issues its own one-time set-password link for the admin to pass on.
     */
    boolean emailsPasswordSetup();

    /** Has the identity provider e-mail the person a link to choose their password. */
    void emailPasswordSetup(UserId id);

    /** Stores the password a person chose through Mutual's one-time link. */
    void setPassword(UserId id, NewPassword password);
}
