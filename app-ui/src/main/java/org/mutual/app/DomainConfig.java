package org.mutual.app;

import java.time.Clock;
import java.time.Duration;
import org.mutual.domain.audit.Audit;
import org.mutual.domain.audit.AuditRepository;
import org.mutual.domain.audit.AuditTrail;
import org.mutual.domain.base.Transactions;
import org.mutual.domain.group.GroupRepository;
import org.mutual.domain.group.GroupService;
import org.mutual.domain.staff.AccountService;
import org.mutual.domain.user.AccountRepository;
import org.mutual.domain.user.AccountTokenRepository;
import org.mutual.domain.user.CurrentUser;
import org.mutual.domain.user.PasswordHasher;
import org.mutual.domain.user.SessionTerminator;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The domain is plain Java; this is where its services meet their Spring-provided ports. */
@Configuration(proxyBeanMethods = false)
public class DomainConfig {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    Audit audit(AuditRepository repository, CurrentUser currentUser, Clock clock) {
        return new Audit(repository, currentUser, clock);
    }

    @Bean
    AuditTrail auditTrail(AuditRepository repository, CurrentUser currentUser, Audit audit) {
        return new AuditTrail(repository, currentUser, audit);
    }

    @Bean
    GroupService groupService(GroupRepository groups, CurrentUser currentUser, Audit audit, Transactions tx) {
        return new GroupService(groups, currentUser, audit, tx);
    }

    @Bean
    AccountService accountService(AccountRepository accounts, AccountTokenRepository tokens, PasswordHasher hasher,
                                  SessionTerminator sessions, CurrentUser currentUser, Audit audit, Transactions tx,
                                  Clock clock,
                                  @Value("${mutual.accounts.set-password-link-validity:72h}") Duration linkValidity) {
        return new AccountService(accounts, tokens, hasher, sessions, currentUser, audit, tx, clock, linkValidity);
    }
}
