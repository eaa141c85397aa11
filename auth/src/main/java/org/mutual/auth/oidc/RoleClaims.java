package org.mutual.auth.oidc;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mutual.domain.user.Role;

/**
 * Mutual's role from the realm roles in a token. Keycloak's realm roles {@code admin},
 * {@code therapist} and {@code client} are Mutual's three roles; everything else in the claim
 * (Keycloak's {@code offline_access}, {@code uma_authorization}, {@code default-roles-<realm>}, and
 * any role another application uses) is ignored. Someone with none of the three has no role in
 * Mutual. Someone with several gets the widest: admin, then therapist, then client.
 */
public final class RoleClaims {

    /** Where Keycloak puts realm roles by default (access token); the realm's mapper also writes {@code roles}. */
    static final String KEYCLOAK_REALM_ACCESS = "realm_access";

    private static final Map<String, Role> REALM_ROLES = Map.of(
            "admin", Role.ADMIN,
            "therapist", Role.THERAPIST,
            "client", Role.CLIENT);

    private RoleClaims() {
    }

    /** Mutual's roles among the given realm role names; unknown names are left out. */
    public static Set<Role> mutualRoles(Collection<?> realmRoles) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Object name : realmRoles) {
            if (name instanceof String text && REALM_ROLES.containsKey(text)) {
                roles.add(REALM_ROLES.get(text));
            }
        }
        return roles;
    }

    /**
     * The person's Mutual role from the token's claims: the roles in {@code claimName} (a list of
     * names) and in Keycloak's {@code realm_access.roles}. Empty when neither holds a Mutual role.
     */
    public static Optional<Role> roleOf(Map<String, Object> claims, String claimName) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (claims.get(claimName) instanceof Collection<?> names) {
            roles.addAll(mutualRoles(names));
        }
        if (claims.get(KEYCLOAK_REALM_ACCESS) instanceof Map<?, ?> realmAccess
                && realmAccess.get("roles") instanceof Collection<?> names) {
            roles.addAll(mutualRoles(names));
        }
        for (Role widest : new Role[] {Role.ADMIN, Role.THERAPIST, Role.CLIENT}) {
            if (roles.contains(widest)) {
                return Optional.of(widest);
            }
        }
        return Optional.empty();
    }
}
