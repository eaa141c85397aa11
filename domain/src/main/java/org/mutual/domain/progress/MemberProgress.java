package org.mutual.domain.progress;

import java.util.List;
import java.util.Optional;
import org.mutual.domain.attendance.AttendanceCount;
import org.mutual.domain.client.ClientId;
import org.mutual.domain.membership.MembershipStatus;

/**
 * One current member's progress. {@code name} is the preferred name only. Attendance counts only the
 * held sessions the member was on the roster for: {@code overall} over all of the group's held
 * sessions, {@code recent} and {@code longer} over its last {@link GroupProgress#RECENT} and
 * {@link GroupProgress#LONGER}; {@code strip} has one entry per session of
 * {@link GroupProgress#stripSessions()}. The clinical figures are empty when the viewer may not read
 * them ({@link GroupProgress#clinical()} false) or, for scores and balance, when there are none yet.
 */
public record MemberProgress(ClientId client, String name, MembershipStatus status, AttendanceCount overall,
                             AttendanceCount recent, AttendanceCount longer, List<Presence> strip,
                             Optional<HomeworkTally> homework, Optional<ScoreFigure> phq9, Optional<ScoreFigure> gad7,
                             Optional<BalanceFigure> giveAndTake) {

    public MemberProgress {
        strip = List.copyOf(strip);
    }
}
