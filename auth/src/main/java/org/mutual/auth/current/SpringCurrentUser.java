package org.mutual.auth.current;

import java.util.Optional;
import org.mutual.domain.user.AppUser;
import org.mutual.domain.user.CurrentUser;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The current user from Spring Security's context, the same after a local or a single sign-on login;
 * anonymous callers have none.
 */
@Component
public class SpringCurrentUser implements CurrentUser {

    @Override
    public Optional<AppUser> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
            return Optional.of(principal.user());
        }
        return Optional.empty();
    }
}
