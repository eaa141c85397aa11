package org.mutual.app;

import java.time.Clock;
import java.time.ZoneId;
import org.mutual.domain.agenda.AgendaService;
import org.mutual.domain.attendance.AttendanceRepository;
import org.mutual.domain.attendance.AttendanceService;
import org.mutual.domain.audit.Audit;
import org.mutual.domain.audit.AuditRepository;
import org.mutual.domain.audit.AuditTrail;
import org.mutual.domain.base.Transactions;
import org.mutual.domain.client.ClientRepository;
import org.mutual.domain.clientfile.ClientFileService;
import org.mutual.domain.group.GroupAccess;
import org.mutual.domain.group.GroupRepository;
import org.mutual.domain.group.GroupService;
import org.mutual.domain.membership.MembershipRepository;
import org.mutual.domain.membership.MembershipService;
import org.mutual.domain.membership.WaitlistRepository;
import org.mutual.domain.schedule.PracticeZone;
import org.mutual.domain.session.SessionRepository;
import org.mutual.domain.session.SessionService;
import org.mutual.domain.user.AccountRepository;
import org.mutual.domain.user.CurrentUser;
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
    PracticeZone practiceZone(@Value("${mutual.time-zone:}") String zone) {
        return new PracticeZone(zone == null || zone.isBlank() ? ZoneId.systemDefault() : ZoneId.of(zone));
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
    GroupAccess groupAccess(GroupRepository groups, CurrentUser currentUser, Audit audit) {
        return new GroupAccess(groups, currentUser, audit);
    }

    @Bean
    GroupService groupService(GroupRepository groups, AccountRepository accounts, CurrentUser currentUser, Audit audit,
                              Transactions tx) {
        return new GroupService(groups, accounts, currentUser, audit, tx);
    }

    @Bean
    MembershipService membershipService(MembershipRepository memberships, WaitlistRepository waitlist,
                                        ClientRepository clients, GroupAccess access, Audit audit, Transactions tx,
                                        Clock clock, PracticeZone zone) {
        return new MembershipService(memberships, waitlist, clients, access, audit, tx, clock, zone.zone());
    }

    @Bean
    SessionService sessionService(SessionRepository sessions, GroupAccess access, CurrentUser currentUser, Audit audit,
                                  Transactions tx, Clock clock) {
        return new SessionService(sessions, access, currentUser, audit, tx, clock);
    }

    @Bean
    AttendanceService attendanceService(AttendanceRepository marks, SessionRepository sessions,
                                        MembershipRepository memberships, ClientRepository clients, GroupAccess access,
                                        Audit audit, Transactions tx, Clock clock, PracticeZone zone) {
        return new AttendanceService(marks, sessions, memberships, clients, access, audit, tx, clock, zone.zone());
    }

    @Bean
    ClientFileService clientFileService(ClientRepository clients, MembershipRepository memberships,
                                        GroupRepository groups, SessionRepository sessions,
                                        AttendanceRepository attendance, CurrentUser currentUser, Audit audit,
                                        PracticeZone zone) {
        return new ClientFileService(clients, memberships, groups, sessions, attendance, currentUser, audit,
                zone.zone());
    }

    @Bean
    AgendaService agendaService(SessionRepository sessions, GroupRepository groups, MembershipRepository memberships,
                                CurrentUser currentUser, PracticeZone zone) {
        return new AgendaService(sessions, groups, memberships, currentUser, zone);
    }
}
