package org.mutual.auth.session;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.mutual.auth.current.AccountPrincipal;
import org.mutual.domain.user.Account;
import org.mutual.domain.user.AccountRepository;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Expires a signed-in session whose account is no longer active, on the session's next request. The
 * session registry {@link RegistrySessionTerminator} ends sessions through lives in one instance's
 * memory; with several instances on one database, an account deactivated through one instance has
 * sessions on the others too. Asking the database (one read by primary key per request of a
 * signed-in session) ends those as well. Runs before Spring Security's concurrent-session filter,
 * which then signs the expired session out.
 */
public class DeactivatedAccountFilter extends OncePerRequestFilter {

    private final SessionRegistry registry;
    private final AccountRepository accounts;

    public DeactivatedAccountFilter(SessionRegistry registry, AccountRepository accounts) {
        this.registry = registry;
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null) {
            SessionInformation info = registry.getSessionInformation(session.getId());
            if (info != null && !info.isExpired() && info.getPrincipal() instanceof AccountPrincipal principal
                    && accounts.findById(principal.user().id()).filter(Account::active).isEmpty()) {
                info.expireNow();
            }
        }
        chain.doFilter(request, response);
    }
}
