package org.mutual.domain.user;

/**
 * How a new person will choose their password: through a one-time link the admin passes on
 * ({@link SetPasswordLink}), or through an e-mail the identity provider sent them
 * ({@link PasswordEmailSent}).
 */
public sealed interface PasswordSetup permits SetPasswordLink, PasswordEmailSent {

    UserId account();

    String username();
}
