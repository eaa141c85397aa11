package org.mutual.domain.user;

/** What an account may do; see DOMAIN.md. Names match {@link Roles}. */
public enum Role {
    ADMIN, THERAPIST, CLIENT
}
