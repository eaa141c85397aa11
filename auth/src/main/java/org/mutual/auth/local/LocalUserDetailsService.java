package org.mutual.auth.local;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.mutual.auth.current.MutualPrincipal;
import org.mutual.domain.user.Account;
import org.mutual.domain.user.AccountRepository;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Service;

/**
 * Loads local accounts for Spring Security's password check. A name that is no account with a
 * password gets a stand-in whose password never matches, so the sign-in fails like a wrong password
 * — after the same hashing work, and without Spring Security logging (at DEBUG) the name that was
 * typed: people type their e-mail address there, or their password into the wrong field.
 */
@Service
@ConditionalOnProperty(name = "mutual.auth.mode", havingValue = "local", matchIfMissing = true)
public class LocalUserDetailsService implements UserDetailsService {

    private final AccountRepository accounts;
    private final Clock clock;
    private final UserDetails unknown;

    public LocalUserDetailsService(AccountRepository accounts, Clock clock, PasswordEncoder passwords) {
        this.accounts = accounts;
        this.clock = clock;
        this.unknown = User.withUsername("unknown account").password(passwords.encode(UUID.randomUUID().toString()))
                // Checked only after a matching password: should one ever match, it still signs nobody in.
                .credentialsExpired(true).authorities(List.of()).build();
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.findByUsername(username == null ? "" : username.strip())
                .filter(a -> a.passwordHash() != null)
                .<UserDetails>map(account -> new MutualPrincipal(account.toUser(), account.passwordHash(),
                        account.active(), account.lockedAt(clock.instant())))
                .orElse(unknown);
    }
}
