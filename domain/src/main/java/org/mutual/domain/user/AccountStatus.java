package org.mutual.domain.user;

/** Where an account stands, as the admin's list shows it. */
public enum AccountStatus {
    /** Can sign in. */
    ACTIVE,
    /** Created, but nobody has used a set-password link yet. */
    PENDING,
    /** Switched off by an admin: can't sign in, open sessions were ended. */
    DEACTIVATED
}
