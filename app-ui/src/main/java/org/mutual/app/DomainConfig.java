package org.mutual.app;

import java.time.Clock;
import org.mutual.domain.audit.Audit;
import org.mutual.domain.audit.AuditRepository;
import org.mutual.domain.audit.AuditTrail;
import org.mutual.domain.base.Transactions;
import org.mutual.domain.group.GroupRepository;
import org.mutual.domain.group.GroupService;
import org.mutual.domain.user.CurrentUser;
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
}
