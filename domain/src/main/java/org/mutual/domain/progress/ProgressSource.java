package org.mutual.domain.progress;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.mutual.domain.attendance.AttendanceMark;
import org.mutual.domain.client.ClientId;
import org.mutual.domain.measure.ScorePoint;
import org.mutual.domain.membership.MembershipPeriod;
import org.mutual.domain.session.Session;
import org.mutual.domain.session.SessionId;

/**
 * Everything the progress of one group is computed from, as the port reads it: the group's held
 * sessions, every membership period with the member's preferred name, every attendance mark, and —
 * only when clinical data was asked for, otherwise empty — homework tallies per client, the
 * submitted questionnaires given in the group, and the turn counts of its give-and-take pairs.
 */
public record ProgressSource(String groupName, List<Session> heldSessions, List<MembershipPeriod> periods,
                             Map<ClientId, String> names, List<AttendanceMark> marks,
                             Map<ClientId, HomeworkTally> homework, List<MemberScore> scores,
                             List<PairTurns> giveAndTake) {

    public ProgressSource {
        heldSessions = List.copyOf(heldSessions);
        periods = List.copyOf(periods);
        names = Map.copyOf(names);
        marks = List.copyOf(marks);
        homework = Map.copyOf(homework);
        scores = List.copyOf(scores);
        giveAndTake = List.copyOf(giveAndTake);
    }

    /** One scored questionnaire of one member. */
    public record MemberScore(ClientId client, ScorePoint score) {
    }

    /**
     * The turn counts of one pair in one give-and-take exercise of a session; {@code a} is the lower
     * client id, as stored.
     */
    public record PairTurns(SessionId session, Instant startsAt, ClientId a, ClientId b, int turnsA, int turnsB) {

        public boolean includes(ClientId client) {
            return a.equals(client) || b.equals(client);
        }

        /** The balance of the conversation seen from either member: the same number for both. */
        public double balance() {
            return org.mutual.domain.record.GiveAndTake.balance(turnsA, turnsB);
        }
    }
}
