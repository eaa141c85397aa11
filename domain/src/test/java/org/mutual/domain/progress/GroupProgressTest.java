package org.mutual.domain.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mutual.domain.attendance.AttendanceCount;
import org.mutual.domain.attendance.AttendanceMark;
import org.mutual.domain.attendance.AttendanceStatus;
import org.mutual.domain.client.ClientId;
import org.mutual.domain.group.GroupId;
import org.mutual.domain.measure.Instrument;
import org.mutual.domain.measure.ReliableChange;
import org.mutual.domain.measure.ResponseId;
import org.mutual.domain.measure.Score;
import org.mutual.domain.measure.ScorePoint;
import org.mutual.domain.membership.MembershipId;
import org.mutual.domain.membership.MembershipPeriod;
import org.mutual.domain.membership.MembershipStatus;
import org.mutual.domain.session.Session;
import org.mutual.domain.session.SessionId;
import org.mutual.domain.session.SessionStatus;
import org.mutual.domain.user.UserId;

/** The figures of the progress page, computed from raw data the way the port hands it over. */
class GroupProgressTest {

    static final ZoneId MADRID = ZoneId.of("Europe/Madrid");
    static final GroupId GROUP = new GroupId(1);
    static final ClientId ANA = new ClientId(1);
    static final ClientId BEN = new ClientId(2);
    static final ClientId CAT = new ClientId(3);
    /** Tuesday 6 January 2026, 18:00 in Madrid; sessions follow weekly. */
    static final Instant FIRST = Instant.parse("2026-01-06T17:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    final List<Session> sessions = new ArrayList<>();
    final List<MembershipPeriod> periods = new ArrayList<>();
    final Map<ClientId, String> names = new HashMap<>(Map.of(ANA, "ana", BEN, "Ben", CAT, "Cat"));
    final List<AttendanceMark> marks = new ArrayList<>();
    final Map<ClientId, HomeworkTally> homework = new HashMap<>();
    final List<ProgressSource.MemberScore> scores = new ArrayList<>();
    final List<ProgressSource.PairTurns> pairs = new ArrayList<>();

    SessionId held(int week) {
        Instant start = FIRST.plus(Duration.ofDays(7L * week));
        SessionId id = new SessionId(week + 1);
        sessions.add(new Session(id, GROUP, null, start, start.plus(Duration.ofMinutes(90)), null, SessionStatus.HELD,
                null, false, 0));
        return id;
    }

    void member(ClientId client, LocalDate joined, LocalDate left) {
        periods.add(new MembershipPeriod(new MembershipId(periods.size() + 1), GROUP, client, joined, left,
                left == null ? MembershipStatus.ACTIVE : MembershipStatus.WITHDRAWN, null, Set.of(), 0));
    }

    void mark(SessionId session, ClientId client, AttendanceStatus status) {
        marks.add(new AttendanceMark(session, client, status, FIRST, new UserId(9)));
    }

    void score(ClientId client, Instrument instrument, int total, int day) {
        scores.add(new ProgressSource.MemberScore(client, new ScorePoint(new ResponseId(scores.size() + 1),
                FIRST.plus(Duration.ofDays(day)), new Score(instrument, total, instrument.band(total)))));
    }

    GroupProgress progress(boolean clinical) {
        return GroupProgress.of(GROUP, new ProgressSource("Tuesday evening", sessions, periods, names, marks, homework,
                scores, pairs), clinical, TODAY, MADRID);
    }

    MemberProgress row(GroupProgress progress, ClientId client) {
        return progress.members().stream().filter(m -> m.client().equals(client)).findFirst().orElseThrow();
    }

    @Test
    void attendance_is_counted_overall_and_over_the_last_four_and_twelve_held_sessions() {
        member(ANA, LocalDate.of(2026, 1, 1), null);
        for (int week = 0; week < 14; week++) {
            SessionId s = held(week);
            // Came to the first ten, then stopped coming: the recent window shows it, the overall barely.
            mark(s, ANA, week < 10 ? AttendanceStatus.PRESENT : AttendanceStatus.ABSENT);
        }

        MemberProgress ana = row(progress(false), ANA);

        assertThat(ana.overall()).isEqualTo(new AttendanceCount(10, 14));
        assertThat(ana.recent()).isEqualTo(new AttendanceCount(0, 4));
        assertThat(ana.longer()).isEqualTo(new AttendanceCount(8, 12));
        assertThat(ana.strip()).hasSize(GroupProgress.LONGER).endsWith(Presence.ABSENT, Presence.ABSENT,
                Presence.ABSENT, Presence.ABSENT);
    }

    @Test
    void the_strip_tells_excused_unmarked_and_sessions_before_joining_apart_and_only_roster_sessions_count() {
        member(ANA, LocalDate.of(2026, 1, 1), null);
        member(BEN, LocalDate.of(2026, 1, 10), null);
        SessionId first = held(0);
        SessionId second = held(1);
        SessionId third = held(2);
        mark(first, ANA, AttendanceStatus.LATE);
        mark(first, BEN, AttendanceStatus.PRESENT); // before Ben joined: ignored, as in the rates
        mark(second, ANA, AttendanceStatus.EXCUSED);
        mark(second, BEN, AttendanceStatus.PRESENT);

        GroupProgress progress = progress(false);

        assertThat(row(progress, ANA).strip()).containsExactly(Presence.ATTENDED, Presence.EXCUSED, Presence.UNMARKED);
        assertThat(row(progress, BEN).strip())
                .containsExactly(Presence.NOT_ON_ROSTER, Presence.ATTENDED, Presence.UNMARKED);
        assertThat(row(progress, BEN).overall()).isEqualTo(new AttendanceCount(1, 2));
        assertThat(progress.attendance()).isEqualTo(new AttendanceCount(2, 5));
        assertThat(progress.sessionsHeld()).isEqualTo(3);
        assertThat(progress.stripSessions()).extracting(Session::id).containsExactly(first, second, third);
    }

    @Test
    void only_current_members_get_a_row_sorted_by_preferred_name_but_past_members_count_for_the_group() {
        member(ANA, LocalDate.of(2026, 1, 1), null);
        member(BEN, LocalDate.of(2026, 1, 1), null);
        member(CAT, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 10));
        SessionId s = held(0);
        mark(s, CAT, AttendanceStatus.PRESENT);

        GroupProgress progress = progress(false);

        assertThat(progress.members()).extracting(MemberProgress::name).containsExactly("ana", "Ben");
        assertThat(progress.attendance()).isEqualTo(new AttendanceCount(1, 3));
    }

    @Test
    void a_group_without_held_sessions_has_no_attendance_data_rather_than_zero() {
        member(ANA, LocalDate.of(2026, 1, 1), null);

        GroupProgress progress = progress(true);

        assertThat(progress.hasHeldSessions()).isFalse();
        assertThat(progress.attendance().rate()).isEmpty();
        assertThat(row(progress, ANA).overall().hasData()).isFalse();
        assertThat(row(progress, ANA).strip()).isEmpty();
        assertThat(row(progress, ANA).homework()).contains(HomeworkTally.NONE);
        assertThat(HomeworkTally.NONE.completion()).isEmpty();
    }

    @Test
    void homework_completion_is_handed_in_over_assigned_per_member_and_for_the_group() {
        member(ANA, LocalDate.of(2026, 1, 1), null);
        member(BEN, LocalDate.of(2026, 1, 1), null);
        homework.put(ANA, new HomeworkTally(4, 3, 1));
        homework.put(BEN, new HomeworkTally(4, 1, 2));

        GroupProgress progress = progress(true);

        assertThat(row(progress, ANA).homework().orElseThrow().completion().getAsDouble()).isEqualTo(0.75);
        assertThat(progress.homework()).contains(new HomeworkTally(8, 4, 3));
        assertThat(progress.homework().orElseThrow().completion().getAsDouble()).isEqualTo(0.5);
    }

    @Test
    void latest_phq9_carries_its_band_and_a_reliable_change_of_five_from_the_first_and_the_previous_score() {
        member(ANA, LocalDate.of(2026, 1, 1), null);
        score(ANA, Instrument.PHQ9, 16, 0);
        score(ANA, Instrument.PHQ9, 14, 14);
        score(ANA, Instrument.PHQ9, 9, 28);

        ScoreFigure phq = row(progress(true), ANA).phq9().orElseThrow();

        assertThat(phq.latest().total()).isEqualTo(9);
        assertThat(phq.latest().score().band()).isEqualTo(org.mutual.domain.measure.Band.MILD);
        assertThat(phq.count()).isEqualTo(3);
        assertThat(phq.changeFromFirst()).isEqualTo(-7);
        assertThat(phq.sinceFirst()).isEqualTo(ReliableChange.IMPROVED);
        assertThat(phq.changeFromPrevious()).contains(-5);
        assertThat(phq.sincePrevious()).isEqualTo(ReliableChange.IMPROVED);
        assertThat(phq.totals()).containsExactly(16, 14, 9);
    }

    @Test
    void a_gad7_rise_of_four_is_a_reliable_deterioration_but_three_is_not() {
        member(ANA, LocalDate.of(2026, 1, 1), null);
        member(BEN, LocalDate.of(2026, 1, 1), null);
        score(ANA, Instrument.GAD7, 5, 0);
        score(ANA, Instrument.GAD7, 9, 14);
        score(BEN, Instrument.GAD7, 5, 0);
        score(BEN, Instrument.GAD7, 8, 14);
        score(BEN, Instrument.PHQ9, 4, 0);

        GroupProgress progress = progress(true);

        assertThat(row(progress, ANA).gad7().orElseThrow().sinceFirst()).isEqualTo(ReliableChange.DETERIORATED);
        assertThat(row(progress, BEN).gad7().orElseThrow().sinceFirst()).isEqualTo(ReliableChange.NONE);
        ScoreFigure single = row(progress, BEN).phq9().orElseThrow();
        assertThat(single.changeFromPrevious()).isEmpty();
        assertThat(single.sinceFirst()).isEqualTo(ReliableChange.NONE);
        assertThat(row(progress, ANA).phq9()).isEmpty();
        assertThat(progress.reliablyImproved()).isZero();
    }

    @Test
    void give_and_take_balance_is_the_members_conversations_in_time_order() {
        member(ANA, LocalDate.of(2026, 1, 1), null);
        member(BEN, LocalDate.of(2026, 1, 1), null);
        member(CAT, LocalDate.of(2026, 1, 1), null);
        SessionId first = held(0);
        SessionId second = held(1);
        pairs.add(new ProgressSource.PairTurns(second, sessions.get(1).startsAt(), ANA, CAT, 5, 5));
        pairs.add(new ProgressSource.PairTurns(first, sessions.get(0).startsAt(), ANA, BEN, 8, 2));

        GroupProgress progress = progress(true);

        BalanceFigure ana = row(progress, ANA).giveAndTake().orElseThrow();
        assertThat(ana.history()).containsExactly(0.25, 1.0);
        assertThat(ana.latest()).isEqualTo(1.0);
        assertThat(ana.average()).isCloseTo(0.625, within(1e-9));
        assertThat(row(progress, BEN).giveAndTake().orElseThrow().conversations()).isEqualTo(1);
    }

    @Test
    void without_clinical_access_no_homework_score_or_balance_is_shown_even_when_the_source_has_them() {
        member(ANA, LocalDate.of(2026, 1, 1), null);
        homework.put(ANA, new HomeworkTally(1, 1, 0));
        score(ANA, Instrument.PHQ9, 20, 0);
        score(ANA, Instrument.PHQ9, 5, 14);
        pairs.add(new ProgressSource.PairTurns(held(0), FIRST, ANA, BEN, 1, 1));

        GroupProgress progress = progress(false);

        MemberProgress ana = row(progress, ANA);
        assertThat(ana.homework()).isEmpty();
        assertThat(ana.phq9()).isEmpty();
        assertThat(ana.giveAndTake()).isEmpty();
        assertThat(progress.homework()).isEqualTo(Optional.empty());
        assertThat(progress.reliablyImproved()).isZero();
    }
}
