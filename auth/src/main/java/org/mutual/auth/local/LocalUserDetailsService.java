package org.mutual.auth.local;

import java.time.Clock;
import org.mutual.auth.current.MutualPrincipal;
import org.mutual.domain.user.Account;
import org.mutual.domain.user.AccountRepository;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Service;

/** Loads local accounts for Spring Security's password check. */
@Service
@ConditionalOnProperty(name = "mutual.auth.mode", havingValue = "local", matchIfMissing = true)
public class LocalUserDetailsService implements UserDetailsService {

    private final AccountRepository accounts;
    private final Clock clock;

    public LocalUserDetailsService(AccountRepository accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        Account account = accounts.findByUsername(username == null ? "" : username.strip())
                .filter(a -> a.passwordHash() != null)
                .orElseThrow(() -> new UsernameNotFoundException("unknown account"));
        return new MutualPrincipal(account.toUser(), account.passwordHash(), account.active(),
                account.lockedAt(clock.instant()));
    }
}
