package org.mutual.auth.local;

import java.time.Clock;
import java.time.Duration;
import org.mutual.auth.current.MutualPrincipal;
import org.mutual.domain.user.AccountRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Counts failed local logins and locks the account for a while after too many. The login page shows
 * the same message for a wrong password, an unknown user and a locked account, so it reveals nothing.
 */
@Component
@ConditionalOnProperty(name = "mutual.auth.mode", havingValue = "local", matchIfMissing = true)
public class LoginAttempts {

    private final AccountRepository accounts;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lockDuration;

    public LoginAttempts(AccountRepository accounts, Clock clock,
                         @Value("${mutual.login.max-failures:5}") int maxFailures,
                         @Value("${mutual.login.lock-duration:15m}") Duration lockDuration) {
        this.accounts = accounts;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockDuration = lockDuration;
    }

    @EventListener
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        String username = String.valueOf(event.getAuthentication().getPrincipal()).strip();
        accounts.findByUsername(username).ifPresent(account -> {
            boolean lock = account.failedLogins() + 1 >= maxFailures;
            accounts.recordFailedLogin(account.id(), lock ? clock.instant().plus(lockDuration) : null);
        });
    }

    @EventListener
    public void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof MutualPrincipal principal) {
            accounts.recordSuccessfulLogin(principal.user().id());
        }
    }
}
