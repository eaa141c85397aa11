package org.mutual.persistence.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.mutual.domain.client.ClientId;
import org.mutual.domain.group.GroupId;
import org.mutual.domain.membership.WaitlistEntry;
import org.mutual.domain.user.UserId;
import org.mutual.persistence.support.TestData;
import org.mutual.persistence.support.TestDatabase;

@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class WaitlistRepositoryTest {

    static final Instant T1 = Instant.parse("2026-03-01T09:00:00Z");
    static final Instant T2 = Instant.parse("2026-03-01T09:05:00.123456Z");
    static final Instant T3 = Instant.parse("2026-03-02T18:30:00Z");

    @Parameter
    TestDatabase database;

    JooqWaitlistRepository waitlist;
    GroupId tuesday;
    GroupId thursday;
    ClientId ana;
    ClientId ben;
    ClientId carol;

    @BeforeEach
    void setUp() {
        DSLContext dsl = database.dsl(database.create());
        waitlist = new JooqWaitlistRepository(dsl);
        TestData data = new TestData(dsl);
        UserId alice = data.therapist("alice");
        tuesday = data.group("Tuesday evening", alice);
        thursday = data.group("Thursday morning", alice);
        ana = data.client("Ana");
        ben = data.client("Ben");
        carol = data.client("Carol");
    }

    @Test
    void clients_get_positions_one_two_three_in_order_of_arrival() {
        assertThat(waitlist.add(tuesday, ana, T1)).isEqualTo(1);
        assertThat(waitlist.add(tuesday, ben, T2)).isEqualTo(2);
        assertThat(waitlist.add(tuesday, carol, T3)).isEqualTo(3);

        assertThat(waitlist.list(tuesday)).containsExactly(
                new WaitlistEntry(tuesday, ana, 1, T1),
                new WaitlistEntry(tuesday, ben, 2, T2),
                new WaitlistEntry(tuesday, carol, 3, T3));
    }

    @Test
    void a_client_added_again_keeps_their_place_and_arrival_time() {
        waitlist.add(tuesday, ana, T1);
        waitlist.add(tuesday, ben, T2);

        assertThat(waitlist.add(tuesday, ana, T3)).isEqualTo(1);

        assertThat(waitlist.list(tuesday)).containsExactly(
                new WaitlistEntry(tuesday, ana, 1, T1),
                new WaitlistEntry(tuesday, ben, 2, T2));
    }

    @Test
    void removing_a_client_moves_everyone_behind_up_one() {
        waitlist.add(tuesday, ana, T1);
        waitlist.add(tuesday, ben, T2);
        waitlist.add(tuesday, carol, T3);

        assertThat(waitlist.remove(tuesday, ana)).isTrue();

        assertThat(waitlist.list(tuesday)).containsExactly(
                new WaitlistEntry(tuesday, ben, 1, T2),
                new WaitlistEntry(tuesday, carol, 2, T3));
        assertThat(waitlist.add(tuesday, ana, T3)).isEqualTo(3);
    }

    @Test
    void removing_from_the_middle_keeps_those_in_front_where_they_are() {
        waitlist.add(tuesday, ana, T1);
        waitlist.add(tuesday, ben, T2);
        waitlist.add(tuesday, carol, T3);

        assertThat(waitlist.remove(tuesday, ben)).isTrue();

        assertThat(waitlist.list(tuesday)).extracting(WaitlistEntry::client, WaitlistEntry::position)
                .containsExactly(tuple(ana, 1), tuple(carol, 2));
    }

    @Test
    void removing_someone_who_is_not_waiting_reports_false_and_changes_nothing() {
        waitlist.add(tuesday, ana, T1);
        waitlist.add(thursday, ben, T1);

        assertThat(waitlist.remove(tuesday, ben)).isFalse();

        assertThat(waitlist.list(tuesday)).containsExactly(new WaitlistEntry(tuesday, ana, 1, T1));
        assertThat(waitlist.list(thursday)).containsExactly(new WaitlistEntry(thursday, ben, 1, T1));
    }

    @Test
    void each_group_numbers_its_own_waitlist() {
        waitlist.add(tuesday, ana, T1);
        waitlist.add(tuesday, ben, T2);

        assertThat(waitlist.add(thursday, carol, T3)).isEqualTo(1);
        assertThat(waitlist.add(thursday, ana, T3)).isEqualTo(2);
        assertThat(waitlist.list(tuesday)).extracting(WaitlistEntry::client).containsExactly(ana, ben);
        assertThat(waitlist.list(new GroupId(999))).isEmpty();
    }
}
