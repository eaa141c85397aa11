package org.mutual.auth.session;

import org.mutual.auth.current.AccountPrincipal;
import org.mutual.domain.user.SessionTerminator;
import org.mutual.domain.user.UserId;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;

/**
 * Ends a user's sessions through Spring Security's session registry: each is marked expired, and
 * the concurrent-session filter signs it out on its next request. The registry lives in this JVM's
 * memory, so this covers this instance; {@link DeactivatedAccountFilter} ends the account's
 * sessions on the other instances on the same database.
 */
@Component
public class RegistrySessionTerminator implements SessionTerminator {

    private final SessionRegistry registry;

    public RegistrySessionTerminator(SessionRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void endSessionsOf(UserId user) {
        registry.getAllPrincipals().stream()
                .filter(p -> p instanceof AccountPrincipal principal && principal.user().id().equals(user))
                .flatMap(p -> registry.getAllSessions(p, false).stream())
                .forEach(SessionInformation::expireNow);
    }
}
