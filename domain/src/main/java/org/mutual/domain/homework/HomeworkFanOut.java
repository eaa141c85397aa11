package org.mutual.domain.homework;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import org.mutual.domain.client.ClientId;
import org.mutual.domain.membership.MembershipPeriod;
import org.mutual.domain.membership.MembershipStatus;
import org.mutual.domain.session.Session;
import org.mutual.domain.session.SessionStatus;

/**
 * Who gets homework assigned to a whole group, and when it is due by default. Recipients are fixed
 * on the day it is assigned: a member who joins later does not get it retroactively.
 */
public final class HomeworkFanOut {

    /** Without a next session, homework is due a week after it was assigned. */
    public static final int DEFAULT_DAYS = 7;

    private HomeworkFanOut() {
    }

    /**
     * The clients whose period covers {@code assignedOn} and who are not on hold, by id. A member on
     * hold keeps their place but is taking a break, so homework would only pile up.
     */
    public static List<ClientId> recipients(List<MembershipPeriod> periods, LocalDate assignedOn) {
        return periods.stream()
                .filter(p -> p.covers(assignedOn) && p.status() != MembershipStatus.ON_HOLD)
                .map(MembershipPeriod::client)
                .distinct()
                .sorted(Comparator.comparingLong(ClientId::value))
                .toList();
    }

    /**
     * The day before the group's next session after {@code assignedOn} (so it can be read before the
     * group meets), or {@code assignedOn} plus {@value #DEFAULT_DAYS} days when none is planned.
     * Cancelled sessions don't count.
     */
    public static LocalDate defaultDue(LocalDate assignedOn, List<Session> upcoming, ZoneId practiceZone) {
        return upcoming.stream()
                .filter(s -> s.status() != SessionStatus.CANCELLED)
                .map(s -> s.localDate(practiceZone))
                .filter(day -> day.isAfter(assignedOn))
                .min(Comparator.naturalOrder())
                .map(day -> day.minusDays(1))
                .orElse(assignedOn.plusDays(DEFAULT_DAYS));
    }
}
