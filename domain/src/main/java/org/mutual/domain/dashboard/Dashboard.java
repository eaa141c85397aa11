package org.mutual.domain.dashboard;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.mutual.domain.agenda.AgendaItem;
import org.mutual.domain.homework.ReviewItem;
import org.mutual.domain.measure.SafetyAlert;

/**
 * What a therapist's dashboard shows: how many groups they facilitate, the unacknowledged safety
 * alerts of those groups (oldest first), their sessions from the start of today for seven days
 * (earliest first), the submitted homework waiting for their review (oldest first) and when their
 * calendar link was issued, if they have one.
 */
public record Dashboard(int groupCount, List<SafetyAlert> openAlerts, List<AgendaItem> week,
                        List<ReviewItem> toReview, Optional<Instant> calendarLinkIssuedAt) {

    public Dashboard {
        openAlerts = List.copyOf(openAlerts);
        week = List.copyOf(week);
        toReview = List.copyOf(toReview);
    }
}
