package org.mutual.domain.calendar;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.mutual.domain.audit.Audit;
import org.mutual.domain.base.AccessDeniedException;
import org.mutual.domain.base.Transactions;
import org.mutual.domain.user.AppUser;
import org.mutual.domain.user.CurrentUser;
import org.mutual.domain.user.OneTimeToken;
import org.mutual.domain.user.Role;
import org.mutual.domain.user.UserId;

/**
 * A client's or therapist's private calendar feed. The signed-in user issues, replaces or turns off
 * their own link (each audited); a calendar app then reads the feed with the link's secret alone, so
 * {@link #feed} asks nobody to sign in. An unknown, replaced or turned-off link and a deactivated
 * account all look the same: no feed. Feed reads are not audited: calendar apps poll every few
 * minutes, and a feed holds only session times and places, the same as a member's own session list.
 */
public final class CalendarFeedService {

    static final String RECORD = "calendar-feed";
    /** How far back a feed reaches: recent history stays visible in the calendar app. */
    public static final Duration PAST = Duration.ofDays(90);
    /** How far ahead a feed reaches; weekly series are generated at most two years ahead anyway. */
    public static final Duration AHEAD = Duration.ofDays(365);

    private static final Comparator<CalendarEvent> BY_START = Comparator.comparing(CalendarEvent::start)
            .thenComparingLong(e -> e.session().value());

    private final CalendarFeedRepository feeds;
    private final CurrentUser currentUser;
    private final Audit audit;
    private final Transactions tx;
    private final Clock clock;
    private final ZoneId zone;

    public CalendarFeedService(CalendarFeedRepository feeds, CurrentUser currentUser, Audit audit, Transactions tx,
                               Clock clock, ZoneId practiceZone) {
        this.feeds = feeds;
        this.currentUser = currentUser;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
        this.zone = practiceZone;
    }

    /** Whether the current user is someone a feed is for (clients and therapists). */
    public boolean available() {
        return currentUser.get().map(CalendarFeedService::hasSessions).orElse(false);
    }

    /** When the current user's live link was issued; empty when they have none. */
    public Optional<Instant> myLinkIssuedAt() {
        return feeds.linkIssuedAt(requireSubscriber("calendar-feed.read").id());
    }

    /**
     * Issues a new link for the current user. An earlier link stops working at once. The token is in
     * the result only: it is never stored and can't be shown again.
     */
    public IssuedFeedLink issue() {
        AppUser user = requireSubscriber("calendar-feed.create");
        OneTimeToken token = OneTimeToken.generate();
        Instant now = clock.instant();
        return tx.inTransaction(() -> {
            boolean replaced = feeds.replace(user.id(), token.hash(), now);
            audit.allowed(replaced ? "calendar-feed.regenerate" : "calendar-feed.create", RECORD, user.id());
            return new IssuedFeedLink(token.value(), now);
        });
    }

    /** Turns the current user's feed off; false when they had none. */
    public boolean revoke() {
        AppUser user = requireSubscriber("calendar-feed.revoke");
        return tx.inTransaction(() -> {
            boolean deleted = feeds.delete(user.id());
            audit.allowed("calendar-feed.revoke", RECORD, user.id());
            return deleted;
        });
    }

    /**
     * The feed a link opens, read in two statements: the owner, then their sessions from
     * {@link #PAST} before now to {@link #AHEAD} after. A client gets the sessions of their groups
     * that fall on a day of one of their membership periods, cancelled ones included; a therapist
     * those of the groups they facilitate. Empty for anything that is not a live link of an active
     * account.
     */
    public Optional<CalendarFeed> feed(String token) {
        if (!OneTimeToken.wellFormed(token)) {
            return Optional.empty();
        }
        Optional<FeedOwner> owner = feeds.ownerOf(OneTimeToken.hashOf(token))
                .filter(o -> o.active() && o.role() != Role.ADMIN);
        if (owner.isEmpty()) {
            return Optional.empty();
        }
        UserId user = owner.get().user();
        Instant now = clock.instant();
        Instant from = now.minus(PAST);
        Instant to = now.plus(AHEAD);
        List<CalendarEvent> events = owner.get().role() == Role.CLIENT
                ? memberEvents(feeds.sessionsOfMember(user, from, to))
                : feeds.sessionsOfFacilitator(user, from, to).stream().sorted(BY_START).toList();
        return Optional.of(new CalendarFeed(zone, events));
    }

    /**
     * The current client's or therapist's sessions that have not ended yet, up to {@link #AHEAD}: the
     * same events their feed holds, soonest first, cancelled ones included so they can be shown as
     * such. Admins have no sessions of their own and are refused.
     */
    public List<CalendarEvent> mySessions() {
        AppUser user = requireSubscriber("my-sessions.read");
        Instant now = clock.instant();
        // A session that began earlier today may still be running; none lasts a day.
        Instant from = now.minus(Duration.ofDays(1));
        List<CalendarEvent> events = user.is(Role.CLIENT)
                ? memberEvents(feeds.sessionsOfMember(user.id(), from, now.plus(AHEAD)))
                : feeds.sessionsOfFacilitator(user.id(), from, now.plus(AHEAD)).stream().sorted(BY_START).toList();
        return events.stream().filter(e -> e.end().isAfter(now)).toList();
    }

    /** One event per session, however many periods of the client's found it. */
    private List<CalendarEvent> memberEvents(List<MemberSession> found) {
        return found.stream()
                .filter(s -> s.withinMembership(zone))
                .map(MemberSession::event)
                .collect(Collectors.toMap(CalendarEvent::session, Function.identity(), (a, b) -> a))
                .values().stream()
                .sorted(BY_START)
                .toList();
    }

    private AppUser requireSubscriber(String action) {
        AppUser user = currentUser.require();
        if (!hasSessions(user)) {
            audit.denied(action, RECORD, user.id());
            throw new AccessDeniedException(RECORD, user.id());
        }
        return user;
    }

    private static boolean hasSessions(AppUser user) {
        return user.is(Role.CLIENT) || user.is(Role.THERAPIST);
    }
}
