package org.mutual.domain.progress;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mutual.domain.attendance.AttendanceCount;
import org.mutual.domain.attendance.AttendanceMark;
import org.mutual.domain.attendance.AttendanceRate;
import org.mutual.domain.attendance.AttendanceStatus;
import org.mutual.domain.client.ClientId;
import org.mutual.domain.group.GroupId;
import org.mutual.domain.measure.Instrument;
import org.mutual.domain.measure.ScorePoint;
import org.mutual.domain.measure.Trend;
import org.mutual.domain.membership.MembershipPeriod;
import org.mutual.domain.session.Session;
import org.mutual.domain.session.SessionId;
import org.mutual.domain.session.SessionStatus;

/**
 * The whole group on one screen: its figures and one row per current member (anyone whose
 * membership period covers today, on hold included), by preferred name. {@code attendance} is the
 * group's over all its members past and present, weighted by sessions (see
 * {@link AttendanceRate#forGroup}); {@code homework} is every homework of the group. Clinical figures
 * ({@code homework}, {@code reliablyImproved} and the members' scores and balances) are only filled
 * in when {@code clinical}: for the group's facilitators, never for an admin.
 */
public record GroupProgress(GroupId group, String groupName, boolean clinical, int sessionsHeld,
                            AttendanceCount attendance, Optional<HomeworkTally> homework, int reliablyImproved,
                            List<Session> stripSessions, List<MemberProgress> members) {

    /** The short attendance window, in held sessions. */
    public static final int RECENT = 4;
    /** The long attendance window, in held sessions; also the length of the attendance strip. */
    public static final int LONGER = 12;

    public GroupProgress {
        stripSessions = List.copyOf(stripSessions);
        members = List.copyOf(members);
    }

    /** Computes the progress from the port's raw data, counting rosters by session day in {@code zone}. */
    public static GroupProgress of(GroupId group, ProgressSource source, boolean clinical, LocalDate today,
                                   ZoneId zone) {
        List<Session> held = source.heldSessions().stream()
                .filter(s -> s.status() == SessionStatus.HELD && s.group().equals(group))
                .sorted(Comparator.comparing(Session::startsAt).thenComparing(s -> s.id().value()))
                .toList();
        List<Session> recent = last(held, RECENT);
        List<Session> longer = last(held, LONGER);
        List<MembershipPeriod> periods = source.periods().stream().filter(p -> p.group().equals(group)).toList();
        Map<MarkKey, AttendanceStatus> marks = new HashMap<>();
        for (AttendanceMark m : source.marks()) {
            marks.put(new MarkKey(m.session(), m.client()), m.status());
        }

        Map<ClientId, MembershipPeriod> current = new LinkedHashMap<>();
        periods.stream().filter(p -> p.covers(today)).forEach(p -> current.putIfAbsent(p.client(), p));

        List<MemberProgress> members = new ArrayList<>();
        for (MembershipPeriod period : current.values()) {
            ClientId client = period.client();
            List<MembershipPeriod> own = periods.stream().filter(p -> p.client().equals(client)).toList();
            List<Presence> strip = longer.stream()
                    .map(s -> Presence.of(own.stream().anyMatch(p -> p.covers(s.localDate(zone))),
                            marks.get(new MarkKey(s.id(), client))))
                    .toList();
            members.add(new MemberProgress(client, source.names().getOrDefault(client, ""), period.status(),
                    AttendanceRate.forMember(client, own, held, source.marks(), zone),
                    AttendanceRate.forMember(client, own, recent, source.marks(), zone),
                    AttendanceRate.forMember(client, own, longer, source.marks(), zone),
                    strip,
                    clinical ? Optional.of(source.homework().getOrDefault(client, HomeworkTally.NONE)) : Optional.empty(),
                    clinical ? scoreOf(client, Instrument.PHQ9, source) : Optional.empty(),
                    clinical ? scoreOf(client, Instrument.GAD7, source) : Optional.empty(),
                    clinical ? balanceOf(client, source) : Optional.empty()));
        }
        members.sort(Comparator.comparing(MemberProgress::name, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(m -> m.client().value()));

        Optional<HomeworkTally> homework = clinical
                ? Optional.of(source.homework().values().stream().reduce(HomeworkTally.NONE, HomeworkTally::plus))
                : Optional.empty();
        int improved = (int) members.stream()
                .filter(m -> m.phq9().map(ScoreFigure::reliablyImproved).orElse(false)
                        || m.gad7().map(ScoreFigure::reliablyImproved).orElse(false))
                .count();
        return new GroupProgress(group, source.groupName(), clinical, held.size(),
                AttendanceRate.forGroup(periods, held, source.marks(), zone), homework, improved, longer, members);
    }

    private static Optional<ScoreFigure> scoreOf(ClientId client, Instrument instrument, ProgressSource source) {
        List<ScorePoint> own = source.scores().stream().filter(s -> s.client().equals(client))
                .map(ProgressSource.MemberScore::score).toList();
        return ScoreFigure.of(Trend.of(instrument, own));
    }

    private static Optional<BalanceFigure> balanceOf(ClientId client, ProgressSource source) {
        return BalanceFigure.of(source.giveAndTake().stream().filter(p -> p.includes(client))
                .sorted(Comparator.comparing(ProgressSource.PairTurns::startsAt)
                        .thenComparing(p -> p.session().value()))
                .map(ProgressSource.PairTurns::balance)
                .toList());
    }

    private static List<Session> last(List<Session> sessions, int count) {
        return sessions.subList(Math.max(0, sessions.size() - count), sessions.size());
    }

    /** Whether the group has held a session yet: before that there is nothing to show but the roster. */
    public boolean hasHeldSessions() {
        return sessionsHeld > 0;
    }

    private record MarkKey(SessionId session, ClientId client) {
    }
}
