package org.mutual.app;

import org.mutual.auth.current.MutualPrincipal;
import org.mutual.domain.user.Account;
import org.mutual.domain.user.AccountRepository;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Signs a stored account in on the current thread, for tests that call services directly. */
public final class TestUsers {

    private TestUsers() {
    }

    public static void signIn(AccountRepository accounts, String username) {
        Account account = accounts.findByUsername(username).orElseThrow();
        MutualPrincipal principal = new MutualPrincipal(account.toUser(), account.passwordHash(), true, false);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
    }

    public static void signOut() {
        SecurityContextHolder.clearContext();
    }
}
