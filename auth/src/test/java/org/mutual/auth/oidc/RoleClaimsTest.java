package org.mutual.auth.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mutual.domain.user.Role;

class RoleClaimsTest {

    static final String CLAIM = "roles";

    @Test
    void each_realm_role_of_mutual_maps_to_its_role() {
        assertThat(RoleClaims.roleOf(Map.of(CLAIM, List.of("admin")), CLAIM)).hasValue(Role.ADMIN);
        assertThat(RoleClaims.roleOf(Map.of(CLAIM, List.of("therapist")), CLAIM)).hasValue(Role.THERAPIST);
        assertThat(RoleClaims.roleOf(Map.of(CLAIM, List.of("client")), CLAIM)).hasValue(Role.CLIENT);
    }

    @Test
    void keycloaks_default_roles_are_ignored() {
        List<String> defaults = List.of("offline_access", "uma_authorization", "default-roles-mutual");

        assertThat(RoleClaims.mutualRoles(defaults)).isEmpty();
        assertThat(RoleClaims.roleOf(Map.of(CLAIM, List.of("offline_access", "therapist", "uma_authorization",
                "default-roles-mutual")), CLAIM)).hasValue(Role.THERAPIST);
    }

    @Test
    void unknown_roles_are_ignored_and_names_must_match_exactly() {
        assertThat(RoleClaims.mutualRoles(List.of("billing", "ADMIN", "Therapist", " client", "admins")))
                .isEmpty();
        assertThat(RoleClaims.roleOf(Map.of(CLAIM, List.of("billing", "client")), CLAIM)).hasValue(Role.CLIENT);
    }

    @Test
    void no_mutual_role_means_no_role_and_the_sign_in_is_refused() {
        assertThat(RoleClaims.roleOf(Map.of(CLAIM, List.of("offline_access", "default-roles-mutual")), CLAIM))
                .isEmpty();
        assertThat(RoleClaims.roleOf(Map.of(CLAIM, List.of()), CLAIM)).isEmpty();
        assertThat(RoleClaims.roleOf(Map.of(), CLAIM)).isEmpty();
        assertThat(RoleClaims.roleOf(Map.of(CLAIM, "admin"), CLAIM)).as("a single string is not a role list").isEmpty();
        assertThat(RoleClaims.roleOf(Map.of("groups", List.of("admin")), CLAIM)).as("only the roles claim counts")
                .isEmpty();
    }

    @Test
    void keycloaks_own_realm_access_claim_is_read_too() {
        Map<String, Object> claims = Map.of("realm_access", Map.of("roles", List.of("default-roles-mutual", "client")));

        assertThat(RoleClaims.roleOf(claims, CLAIM)).hasValue(Role.CLIENT);
    }

    @Test
    void someone_with_several_roles_gets_the_widest() {
        assertThat(RoleClaims.roleOf(Map.of(CLAIM, List.of("client", "therapist")), CLAIM)).hasValue(Role.THERAPIST);
        assertThat(RoleClaims.roleOf(Map.of(CLAIM, List.of("therapist", "admin", "client")), CLAIM))
                .hasValue(Role.ADMIN);
    }
}
