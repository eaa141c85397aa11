package org.mutual.domain.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.mutual.domain.session.Session;
import org.mutual.domain.user.UserId;

/** The parts of a therapist's dashboard that no other feature reads the same way, each in one statement. */
public interface DashboardRepository {

    /** The number of groups {@code therapist} facilitates and when their calendar link was issued. */
    Header header(UserId therapist);

    /**
     * The sessions of every group {@code therapist} facilitates (as lead or co-facilitator) starting
     * in [{@code from}, {@code to}), earliest first, each with its group's name and every membership
     * period of the group, so the roster on the session's day can be counted.
     */
    List<ScheduledSession> sessionsOfFacilitator(UserId therapist, Instant from, Instant to);

    record Header(int groupCount, Optional<Instant> calendarLinkIssuedAt) {
    }

    record ScheduledSession(Session session, String groupName, List<Stay> memberships) {

        public ScheduledSession {
            memberships = List.copyOf(memberships);
        }
    }

    /** One membership period's days, both inclusive; {@code leftOn} is null while it runs on. */
    record Stay(LocalDate joinedOn, LocalDate leftOn) {

        /** Whether the member is in the group on {@code date}, as {@code MembershipPeriod.covers} says. */
        public boolean covers(LocalDate date) {
            return !date.isBefore(joinedOn) && (leftOn == null || !date.isAfter(leftOn));
        }
    }
}
