package org.mutual.domain.calendar;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.mutual.domain.user.UserId;

/** Port: feed links, stored by the hash of their secret, and the sessions a feed lists. */
public interface CalendarFeedRepository {

    /** When the user's live link was issued; empty when they have none. */
    Optional<Instant> linkIssuedAt(UserId user);

    /**
     * Makes {@code tokenHash} the user's only live link. Returns true when it replaced an earlier
     * one, which stops working at the same moment.
     */
    boolean replace(UserId user, String tokenHash, Instant issuedAt);

    /** Deletes the user's link; false when there was none. */
    boolean delete(UserId user);

    /** The account a live link belongs to. */
    Optional<FeedOwner> ownerOf(String tokenHash);

    /**
     * In one statement: the sessions starting in [{@code from}, {@code to}) of every group the client
     * linked to {@code account} has a membership period in, once per period, earliest first. Empty
     * when no client is linked to the account.
     */
    List<MemberSession> sessionsOfMember(UserId account, Instant from, Instant to);

    /**
     * In one statement: the sessions starting in [{@code from}, {@code to}) of every group the
     * therapist facilitates, earliest first.
     */
    List<CalendarEvent> sessionsOfFacilitator(UserId therapist, Instant from, Instant to);
}
