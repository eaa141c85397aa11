package org.mutual.domain.user;

/** What a one-time link lets its holder do. */
public enum TokenPurpose {
    /** Choose the password of a new account, or a new one after the admin issued a fresh link. */
    SET_PASSWORD
}
