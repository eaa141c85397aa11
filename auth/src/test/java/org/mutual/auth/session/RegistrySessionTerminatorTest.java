package org.mutual.auth.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mutual.auth.current.MutualPrincipal;
import org.mutual.domain.user.AppUser;
import org.mutual.domain.user.Role;
import org.mutual.domain.user.UserId;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistryImpl;

/** Ending a user's sessions on Spring Security's own session registry. */
class RegistrySessionTerminatorTest {

    final SessionRegistryImpl registry = new SessionRegistryImpl();
    final RegistrySessionTerminator terminator = new RegistrySessionTerminator(registry);

    static MutualPrincipal principal(long id, String username) {
        return new MutualPrincipal(new AppUser(new UserId(id), username, username, Role.THERAPIST), "{x}", true, false);
    }

    @Test
    void every_session_of_the_user_is_expired_and_nobody_elses() {
        // Each login builds its own principal object; they are one user by id.
        registry.registerNewSession("laptop", principal(7, "tess"));
        registry.registerNewSession("phone", principal(7, "tess"));
        registry.registerNewSession("other", principal(8, "sam"));

        terminator.endSessionsOf(new UserId(7));

        assertThat(registry.getSessionInformation("laptop").isExpired()).isTrue();
        assertThat(registry.getSessionInformation("phone").isExpired()).isTrue();
        assertThat(registry.getSessionInformation("other").isExpired()).isFalse();
        assertThat(registry.getAllSessions(principal(7, "tess"), false)).isEmpty();
        assertThat(registry.getAllSessions(principal(8, "sam"), false)).extracting(SessionInformation::getSessionId)
                .containsExactly("other");
    }

    @Test
    void a_user_without_sessions_is_no_error() {
        terminator.endSessionsOf(new UserId(99));

        assertThat(registry.getAllPrincipals()).isEmpty();
    }

    @Test
    void principals_are_equal_by_user_id() {
        assertThat(principal(7, "tess")).isEqualTo(principal(7, "renamed")).hasSameHashCodeAs(principal(7, "x"));
        assertThat(principal(7, "tess")).isNotEqualTo(principal(8, "tess"));
    }
}
