package org.mutual.domain.user;

/** The identity provider e-mailed the person a link to choose their password. */
public record PasswordEmailSent(UserId account, String username, String email) implements PasswordSetup {
}
