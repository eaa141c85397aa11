package org.mutual.app;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mutual.domain.attendance.AttendanceRepository;
import org.mutual.domain.attendance.AttendanceStatus;
import org.mutual.domain.base.BarrierPattern;
import org.mutual.domain.client.ClientDraft;
import org.mutual.domain.client.ClientId;
import org.mutual.domain.client.ClientRepository;
import org.mutual.domain.group.Group;
import org.mutual.domain.group.GroupId;
import org.mutual.domain.group.GroupStatus;
import org.mutual.domain.membership.MembershipRepository;
import org.mutual.domain.membership.NewMembership;
import org.mutual.domain.schedule.PracticeZone;
import org.mutual.domain.schedule.SessionLocation;
import org.mutual.domain.schedule.WeeklySlot;
import org.mutual.domain.session.SeriesId;
import org.mutual.domain.session.Session;
import org.mutual.domain.session.SessionId;
import org.mutual.domain.session.SessionRepository;
import org.mutual.domain.session.WeeklySeries;
import org.mutual.domain.group.GroupDraft;
import org.mutual.domain.group.GroupRepository;
import org.mutual.domain.user.AccountLinks;
import org.mutual.domain.user.AccountRepository;
import org.mutual.domain.user.NewAccount;
import org.mutual.domain.user.Role;
import org.mutual.domain.user.UserId;
import org.mutual.domain.base.Transactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Seeds a small demo practice (five accounts, two active groups with members, four weeks of held
 * sessions with attendance and eight weeks ahead) on first start so Mutual can be tried at once. It never touches a
 * database that already has accounts, and {@code mutual.demo-data.enabled=false} switches it off.
 * With single sign-on the accounts are linked to the development realm's users
 * ({@code docs/keycloak/mutual-realm-dev-users.json}) by their fixed ids.
 */
@Component
@ConditionalOnProperty(name = "mutual.demo-data.enabled", havingValue = "true", matchIfMissing = true)
public class DemoData implements ApplicationRunner {

    /** The password of every demo account (documented in the README). */
    public static final String PASSWORD = "mutual-demo";

    /** The ids of the demo people in the development realm (docs/keycloak/mutual-realm-dev-users.json). */
    public static final Map<String, String> KEYCLOAK_SUBJECTS = Map.of(
            "admin", "5d1c3b0e-8f61-4c52-9a57-0a6f1e2b7c01",
            "therapist", "5d1c3b0e-8f61-4c52-9a57-0a6f1e2b7c02",
            "cotherapist", "5d1c3b0e-8f61-4c52-9a57-0a6f1e2b7c03",
            "client", "5d1c3b0e-8f61-4c52-9a57-0a6f1e2b7c04",
            "client2", "5d1c3b0e-8f61-4c52-9a57-0a6f1e2b7c05");

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final AccountRepository accounts;
    private final AccountLinks links;
    private final boolean singleSignOn;
    private final GroupRepository groups;
    private final ClientRepository clients;
    private final MembershipRepository memberships;
    private final SessionRepository sessions;
    private final AttendanceRepository attendance;
    private final PasswordEncoder passwordEncoder;
    private final Transactions tx;
    private final Clock clock;
    private final ZoneId zone;

    public DemoData(AccountRepository accounts, AccountLinks links, GroupRepository groups, ClientRepository clients,
                    MembershipRepository memberships, SessionRepository sessions, AttendanceRepository attendance,
                    PasswordEncoder passwordEncoder, Transactions tx, Clock clock, PracticeZone zone,
                    @Value("${mutual.auth.mode:local}") String authMode) {
        this.accounts = accounts;
        this.links = links;
        this.singleSignOn = "keycloak".equals(authMode);
        this.groups = groups;
        this.clients = clients;
        this.memberships = memberships;
        this.sessions = sessions;
        this.attendance = attendance;
        this.passwordEncoder = passwordEncoder;
        this.tx = tx;
        this.clock = clock;
        this.zone = zone.zone();
    }

    @Override
    public void run(ApplicationArguments args) {
        tx.run(() -> {
            if (accounts.count() > 0) {
                log.info("Demo data skipped: the database already has accounts");
                return;
            }
            seed();
            log.info("Demo practice created (accounts admin, therapist, cotherapist, client, client2)");
        });
    }

    private void seed() {
        String hash = passwordEncoder.encode(PASSWORD);
        account("admin", "Avery Admin", Role.ADMIN, hash);
        UserId therapist = account("therapist", "Dr. Tessa Moreno", Role.THERAPIST, hash);
        UserId cotherapist = account("cotherapist", "Sam Okafor", Role.THERAPIST, hash);
        UserId casey = account("client", "Casey Rivera", Role.CLIENT, hash);
        UserId jordan = account("client2", "Jordan Lee", Role.CLIENT, hash);
        LocalDate today = LocalDate.now(clock.withZone(zone));

        GroupId tuesday = group("Tuesday evening group", "Building mutual relationships",
                "A weekly group practising give-and-take, matching self-disclosure and asking for help.", 8,
                therapist, DayOfWeek.TUESDAY, LocalTime.of(18, 30), "Room 2");
        GroupId thursday = group("Thursday morning group", "Assertiveness and clear intentions",
                "Practising asking for what you want and naming expectations out loud.", 10,
                therapist, DayOfWeek.THURSDAY, LocalTime.of(10, 0), "Room 1");
        groups.addFacilitator(thursday, cotherapist);

        LocalDate joined = today.minusWeeks(6);
        ClientId caseyFile = client("Casey Rivera", "Casey", casey);
        ClientId jordanFile = client("Jordan Lee", "Jordan", jordan);
        ClientId morgan = client("Morgan Blake", "Morgan", null);
        ClientId priya = client("Priya Shah", "Priya", null);
        ClientId sam = client("Samira Haddad", "Sam", null);
        member(tuesday, caseyFile, joined, BarrierPattern.CARETAKING);
        member(tuesday, jordanFile, joined, BarrierPattern.SELF_SUFFICIENCY);
        member(tuesday, morgan, joined, BarrierPattern.INTENSITY_SEEKING);
        member(thursday, priya, joined, BarrierPattern.CARETAKING);
        member(thursday, sam, joined.plusWeeks(2), BarrierPattern.SELF_SUFFICIENCY);

        series(tuesday, today, therapist, List.of(caseyFile, jordanFile, morgan));
        series(thursday, today, therapist, List.of(priya));
    }

    private GroupId group(String name, String focus, String description, int capacity, UserId lead, DayOfWeek day,
                          LocalTime start, String room) {
        GroupId id = groups.create(GroupDraft.of(name, focus, description, capacity), lead);
        Group created = groups.find(id).orElseThrow();
        groups.update(created.withStatus(GroupStatus.ACTIVE)
                .withDefaults(WeeklySlot.of(day, start, Duration.ofMinutes(90), zone), SessionLocation.of(room, null)), 0);
        return id;
    }

    private ClientId client(String legalName, String preferredName, UserId account) {
        String email = preferredName.toLowerCase(java.util.Locale.ROOT) + "@demo.mutual.example";
        return clients.create(ClientDraft.of(legalName, preferredName, email, null, null, null,
                LocalDate.now(clock.withZone(zone))), account);
    }

    private void member(GroupId group, ClientId client, LocalDate joinedOn, BarrierPattern focus) {
        memberships.create(NewMembership.of(group, client, joinedOn, Set.of(focus)));
    }

    /** Four past weeks (held, attendance taken) and eight weeks ahead. */
    private void series(GroupId groupId, LocalDate today, UserId therapist, List<ClientId> attendees) {
        Group group = groups.find(groupId).orElseThrow();
        SeriesId series = sessions.newSeries(groupId, group.defaultSlot());
        List<SessionId> ids = sessions.createAll(groupId, series,
                WeeklySeries.generate(group.defaultSlot(), today.minusWeeks(4), today.plusWeeks(8)),
                group.defaultLocation());
        int index = 0;
        for (SessionId id : ids) {
            Session session = sessions.find(id).orElseThrow();
            if (!session.startsAt().isBefore(clock.instant())) {
                break;
            }
            sessions.update(session.markHeld(), session.version());
            for (ClientId client : attendees) {
                AttendanceStatus status = (index + (int) client.value()) % 5 == 0 ? AttendanceStatus.EXCUSED
                        : AttendanceStatus.PRESENT;
                attendance.mark(id, client, status, therapist, session.startsAt());
            }
            index++;
        }
    }

    private UserId account(String username, String name, Role role, String hash) {
        UserId id = accounts.create(NewAccount.of(username, name, username + "@demo.mutual.example", role, hash));
        if (singleSignOn) {
            links.link(id, KEYCLOAK_SUBJECTS.get(username));
        }
        return id;
    }
}
