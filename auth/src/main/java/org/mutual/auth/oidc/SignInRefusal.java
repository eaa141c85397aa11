package org.mutual.auth.oidc;

/** Why the identity provider let someone in but Mutual did not; the refusal page explains each. */
public enum SignInRefusal {
    /** The person has none of Mutual's roles at the identity provider. */
    NO_ROLE,
    /** Their Mutual account was deactivated by an admin. */
    DEACTIVATED,
    /** The identity provider sent no usable e-mail address for a new account. */
    INCOMPLETE_PROFILE,
    /** The sign-in went wrong on the way (cancelled, expired, or the provider answered an error). */
    FAILED;

    /** The name in the refusal page's address, such as {@code no-role}. */
    public String pathName() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
