package org.mutual.app.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.TzId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mutual.app.DemoData;
import org.mutual.app.RunningAppTest;
import org.mutual.app.TestUsers;
import org.mutual.domain.calendar.CalendarFeedService;
import org.mutual.domain.client.ClientDraft;
import org.mutual.domain.client.ClientId;
import org.mutual.domain.client.ClientRepository;
import org.mutual.domain.group.GroupDraft;
import org.mutual.domain.group.GroupId;
import org.mutual.domain.group.GroupService;
import org.mutual.domain.group.GroupSummary;
import org.mutual.domain.membership.MemberView;
import org.mutual.domain.membership.MembershipId;
import org.mutual.domain.membership.MembershipService;
import org.mutual.domain.membership.MembershipStatus;
import org.mutual.domain.schedule.PracticeZone;
import org.mutual.domain.schedule.SessionLocation;
import org.mutual.domain.schedule.WeeklySlot;
import org.mutual.domain.session.Session;
import org.mutual.domain.session.SessionId;
import org.mutual.domain.session.SessionService;
import org.mutual.domain.user.AccountRepository;
import org.mutual.domain.user.NewAccount;
import org.mutual.domain.user.Role;
import org.mutual.domain.user.UserId;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The calendar feed as a calendar app fetches it from the running application: plain HTTP without
 * signing in, parsed back with ical4j. The demo client Casey is in the Tuesday evening group; the
 * demo therapist leads both demo groups.
 */
class CalendarFeedHttpTest extends RunningAppTest {

    private static final AtomicInteger ACCOUNTS = new AtomicInteger();

    @Autowired CalendarFeedService feeds;
    @Autowired AccountRepository accounts;
    @Autowired ClientRepository clients;
    @Autowired GroupService groups;
    @Autowired MembershipService memberships;
    @Autowired SessionService sessions;
    @Autowired PracticeZone practiceZone;

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void the_demo_clients_feed_lists_their_groups_sessions_with_stable_uids_in_the_practice_zone() throws Exception {
        String token = issueAs("client");
        TestUsers.signIn(accounts, "therapist");
        GroupId tuesday = groupNamed("Tuesday evening group");
        Instant now = Instant.now();
        List<Session> expected = sessions.sessionsOfGroup(tuesday, now.minus(CalendarFeedService.PAST),
                now.plus(CalendarFeedService.AHEAD));
        List<String> otherMembers = memberships.members(tuesday).stream().map(MemberView::client)
                .filter(c -> !c.preferredName().equals("Casey"))
                .flatMap(c -> java.util.stream.Stream.of(c.preferredName(), c.legalName()))
                .toList();

        HttpResponse<String> first = get(token);
        HttpResponse<String> second = get(token);

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue("Content-Type")).get().asString()
                .startsWith("text/calendar").containsIgnoringCase("charset=utf-8");
        assertThat(first.headers().allValues("Cache-Control")).containsExactly("private, no-store");
        Calendar calendar = parse(first.body());
        assertThat(calendar.getProperty(Property.PRODID)).get().extracting(Property::getValue)
                .isEqualTo(IcsWriter.PRODUCT_ID);
        assertThat(calendar.getProperty(Property.VERSION)).get().extracting(Property::getValue).isEqualTo("2.0");
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertThat(expected).hasSizeGreaterThanOrEqualTo(12);
        assertThat(events).hasSize(expected.size());
        assertThat(events).extracting(e -> value(e, Property.UID))
                .containsExactlyElementsOf(expected.stream().map(s -> "session-" + s.id() + "@mutual").toList())
                .containsExactlyElementsOf(uids(parse(second.body())));
        assertThat(events).extracting(e -> value(e, Property.SUMMARY)).containsOnly("Tuesday evening group");
        assertThat(events).extracting(e -> value(e, Property.LOCATION)).containsOnly("Room 2");

        String zone = practiceZone.zone().getId();
        List<VTimeZone> zones = calendar.getComponents(Component.VTIMEZONE);
        assertThat(zones).singleElement().satisfies(z -> assertThat(value(z, Property.TZID)).isEqualTo(zone));
        assertThat(events).allSatisfy(e -> {
            assertThat(e.getProperty(Property.DTSTART).orElseThrow().<TzId>getParameter(Parameter.TZID))
                    .get().extracting(Parameter::getValue).isEqualTo(zone);
            assertThat(e.getProperty(Property.DTEND).orElseThrow().<TzId>getParameter(Parameter.TZID))
                    .get().extracting(Parameter::getValue).isEqualTo(zone);
        });
        VEvent firstEvent = events.getFirst();
        assertThat(startOf(firstEvent)).isEqualTo(expected.getFirst().startsAt());
        assertThat(first.body()).contains("DTSTART;TZID=" + zone + ":"
                + java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss")
                        .format(expected.getFirst().startsAt().atZone(practiceZone.zone())));

        assertThat(otherMembers).contains("Jordan", "Morgan");
        assertThat(first.body()).doesNotContain(otherMembers.toArray(String[]::new))
                .doesNotContain("Casey", "Rivera", "Tessa", "Moreno");
    }

    @Test
    void a_client_gets_only_the_sessions_of_their_membership_and_sees_cancellations_and_moves() throws Exception {
        // A group of its own, so cancelling and moving touches no session other tests rely on.
        TestUsers.signIn(accounts, "therapist");
        GroupId group = groups.create(GroupDraft.of("Calendar group", "Feeds", null, 8));
        LocalDate from = memberships.today().plusDays(1);
        WeeklySlot slot = WeeklySlot.of(from.getDayOfWeek(), LocalTime.of(18, 30), Duration.ofMinutes(90),
                practiceZone.zone());
        List<SessionId> s = sessions.generateSeries(group, slot, from, from.plusWeeks(5),
                SessionLocation.of(null, "https://video.example.org/calendar-group"));
        Login robin = newClientLogin("Robin");
        MembershipId stay = memberships.admit(group, robin.client(), from.plusWeeks(1), Set.of());
        memberships.addNewClient(group, ClientDraft.of("Quinn Other", "Quinn", "quinn@example.org", null, null,
                null, from), from, Set.of());
        memberships.leave(stay, from.plusWeeks(3), MembershipStatus.COMPLETED, null, 0);
        String token = issue(robin);

        Map<String, VEvent> before = byUid(parse(get(token).body()));

        TestUsers.signIn(accounts, "therapist");
        sessions.cancel(s.get(2), "Therapist ill", sessions.get(s.get(2)).version());
        Session toMove = sessions.get(s.get(1));
        Instant movedStart = toMove.startsAt().plus(Duration.ofHours(1));
        sessions.move(s.get(1), movedStart, movedStart.plus(Duration.ofMinutes(90)), toMove.version());
        HttpResponse<String> response = get(token);
        Map<String, VEvent> after = byUid(parse(response.body()));

        List<String> membership = List.of(uid(s.get(1)), uid(s.get(2)), uid(s.get(3)));
        assertThat(before.keySet()).containsExactlyElementsOf(membership);
        assertThat(after.keySet()).containsExactlyElementsOf(membership);
        assertThat(value(before.get(uid(s.get(2))), Property.STATUS)).isEqualTo("CONFIRMED");
        assertThat(value(after.get(uid(s.get(2))), Property.STATUS)).isEqualTo("CANCELLED");
        assertThat(sequence(after.get(uid(s.get(2))))).isGreaterThan(sequence(before.get(uid(s.get(2)))));
        assertThat(sequence(after.get(uid(s.get(1))))).isGreaterThan(sequence(before.get(uid(s.get(1)))));
        assertThat(startOf(after.get(uid(s.get(1))))).isEqualTo(movedStart);
        assertThat(value(after.get(uid(s.get(1))), Property.STATUS)).isEqualTo("CONFIRMED");
        assertThat(sequence(after.get(uid(s.get(3))))).isEqualTo(sequence(before.get(uid(s.get(3)))));
        assertThat(value(after.get(uid(s.get(3))), Property.URL)).isEqualTo("https://video.example.org/calendar-group");
        assertThat(value(after.get(uid(s.get(3))), Property.LOCATION))
                .isEqualTo("https://video.example.org/calendar-group");
        assertThat(response.body()).doesNotContain("Quinn", "Robin", "Therapist ill");
    }

    @Test
    void the_therapists_feed_lists_the_sessions_of_every_group_they_lead() throws Exception {
        String token = issueAs("therapist");
        TestUsers.signIn(accounts, "therapist");
        Instant now = Instant.now();
        List<Session> mine = sessions.mySessions(now.minus(CalendarFeedService.PAST),
                now.plus(CalendarFeedService.AHEAD));

        Calendar calendar = parse(get(token).body());

        assertThat(uids(calendar)).containsExactlyInAnyOrderElementsOf(
                mine.stream().map(s -> "session-" + s.id() + "@mutual").toList());
        assertThat(calendar.<VEvent>getComponents(Component.VEVENT)).extracting(e -> value(e, Property.SUMMARY))
                .contains("Tuesday evening group", "Thursday morning group");

        String cotherapist = issueAs("cotherapist");
        assertThat(parse(get(cotherapist).body()).<VEvent>getComponents(Component.VEVENT))
                .isNotEmpty()
                .extracting(e -> value(e, Property.SUMMARY)).containsOnly("Thursday morning group");
    }

    @Test
    void a_new_link_makes_the_old_address_answer_404_as_do_unknown_and_turned_off_links() throws Exception {
        Login robin = newClientLogin("Avery");
        String old = issue(robin);
        assertThat(get(old).statusCode()).isEqualTo(200);

        String current = issue(robin);

        HttpResponse<String> replaced = get(old);
        assertThat(replaced.statusCode()).isEqualTo(404);
        assertThat(replaced.body()).isEmpty();
        assertThat(replaced.headers().allValues("Cache-Control")).containsExactly("private, no-store");
        assertThat(get(current).statusCode()).isEqualTo(200);
        HttpResponse<String> unknown = get("A".repeat(43));
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).isEqualTo(replaced.body());
        assertThat(unknown.headers().map().keySet()).isEqualTo(replaced.headers().map().keySet());
        assertThat(get("not-a-token").statusCode()).isEqualTo(404);

        TestUsers.signIn(accounts, robin.username());
        feeds.revoke();
        assertThat(get(current).statusCode()).isEqualTo(404);
    }

    @Test
    void a_deactivated_accounts_feed_answers_404() throws Exception {
        Login robin = newClientLogin("Drew");
        String token = issue(robin);
        assertThat(get(token).statusCode()).isEqualTo(200);

        accounts.setActive(robin.account(), false);

        assertThat(get(token).statusCode()).isEqualTo(404);
    }

    record Login(String username, UserId account, ClientId client) {
    }

    private Login newClientLogin(String name) {
        String username = "calendar-" + name.toLowerCase() + "-" + ACCOUNTS.incrementAndGet();
        UserId account = accounts.create(NewAccount.of(username, name, username + "@example.org", Role.CLIENT,
                null));
        ClientId client = clients.create(ClientDraft.of(name + " Legal", name, username + "@example.org", null, null,
                null, LocalDate.now()), account);
        return new Login(username, account, client);
    }

    private String issue(Login login) {
        return issueAs(login.username());
    }

    private String issueAs(String username) {
        TestUsers.signIn(accounts, username);
        try {
            return feeds.issue().token();
        } finally {
            TestUsers.signOut();
        }
    }

    private GroupId groupNamed(String name) {
        return groups.list(name, null, 0, 10).stream().filter(g -> g.name().equals(name)).findFirst()
                .map(GroupSummary::id).orElseThrow();
    }

    private HttpResponse<String> get(String token) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url("/calendar/" + token + ".ics"))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static Calendar parse(String body) throws IOException, ParserException {
        return new CalendarBuilder().build(new StringReader(body));
    }

    private static List<String> uids(Calendar calendar) {
        return calendar.<VEvent>getComponents(Component.VEVENT).stream().map(e -> value(e, Property.UID)).toList();
    }

    private static Map<String, VEvent> byUid(Calendar calendar) {
        return calendar.<VEvent>getComponents(Component.VEVENT).stream()
                .collect(Collectors.toMap(e -> value(e, Property.UID), Function.identity(), (a, b) -> a,
                        java.util.LinkedHashMap::new));
    }

    private static String uid(SessionId session) {
        return "session-" + session + "@mutual";
    }

    private static String value(Component component, String property) {
        Optional<Property> found = component.getProperty(property);
        return found.map(Property::getValue).orElse(null);
    }

    private static int sequence(VEvent event) {
        return Integer.parseInt(value(event, Property.SEQUENCE));
    }

    private static Instant startOf(VEvent event) {
        return Instant.from(event.getDateTimeStart().getDate());
    }
}
