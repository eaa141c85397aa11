package org.mutual.domain.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mutual.domain.attendance.AttendanceStatus;
import org.mutual.domain.client.ClientId;
import org.mutual.domain.group.GroupId;
import org.mutual.domain.session.SessionId;

class AttendanceSheetTest {

    static final ClientId ANA = new ClientId(1);
    static final ClientId BEN = new ClientId(2);
    static final ClientId CAT = new ClientId(3);
    static final ZoneId MADRID = ZoneId.of("Europe/Madrid");

    @Test
    void each_session_lists_the_members_on_its_roster_that_day_in_the_practice_zone_by_name() {
        // 23:30 UTC on 31 March is already 1 April in Madrid: Cat, who joined on 1 April, is on it.
        AttendanceSheet.HeldSession late = new AttendanceSheet.HeldSession(new SessionId(10),
                Instant.parse("2026-03-31T22:30:00Z"), Map.of(BEN, AttendanceStatus.PRESENT));
        AttendanceSheet.HeldSession earlier = new AttendanceSheet.HeldSession(new SessionId(9),
                Instant.parse("2026-03-24T17:00:00Z"), Map.of());
        AttendanceSheet sheet = new AttendanceSheet(new GroupId(1), "Tuesday", List.of(late, earlier), List.of(
                new AttendanceSheet.Member(BEN, "Ben", LocalDate.of(2026, 3, 1), null),
                new AttendanceSheet.Member(CAT, "Cat", LocalDate.of(2026, 4, 1), null),
                new AttendanceSheet.Member(ANA, "ana", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 25))));

        assertThat(sheet.rows(MADRID)).extracting(r -> r.session().value(), AttendanceSheet.Row::member,
                AttendanceSheet.Row::status).containsExactly(
                tuple(9L, "ana", null), tuple(9L, "Ben", null),
                tuple(10L, "Ben", AttendanceStatus.PRESENT), tuple(10L, "Cat", null));
    }

    @Test
    void a_member_marked_outside_their_period_keeps_their_mark_and_a_rejoined_member_appears_once() {
        AttendanceSheet.HeldSession s = new AttendanceSheet.HeldSession(new SessionId(1),
                Instant.parse("2026-05-05T16:00:00Z"), Map.of(ANA, AttendanceStatus.LATE));
        AttendanceSheet sheet = new AttendanceSheet(new GroupId(1), "Tuesday", List.of(s), List.of(
                new AttendanceSheet.Member(ANA, "Ana", LocalDate.of(2026, 6, 1), null),
                new AttendanceSheet.Member(BEN, "Ben", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 1)),
                new AttendanceSheet.Member(BEN, "Ben", LocalDate.of(2026, 4, 1), null),
                new AttendanceSheet.Member(BEN, "Ben", LocalDate.of(2026, 5, 1), null)));

        assertThat(sheet.rows(MADRID)).extracting(AttendanceSheet.Row::member, AttendanceSheet.Row::status)
                .containsExactly(tuple("Ana", AttendanceStatus.LATE), tuple("Ben", null));
    }
}
