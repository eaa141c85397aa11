package org.mutual.domain.user;

/** Role names as compile-time constants, for annotations such as {@code @RolesAllowed}. */
public final class Roles {

    public static final String ADMIN = "ADMIN";
    public static final String THERAPIST = "THERAPIST";
    public static final String CLIENT = "CLIENT";

    private Roles() {
    }
}
