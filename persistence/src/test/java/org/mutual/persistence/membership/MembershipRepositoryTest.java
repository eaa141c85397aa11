package org.mutual.persistence.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mutual.persistence.jooq.Tables.MEMBERSHIP;
import static org.mutual.persistence.jooq.Tables.MEMBERSHIP_FOCUS;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.mutual.domain.base.BarrierPattern;
import org.mutual.domain.base.ConcurrentEditException;
import org.mutual.domain.base.NotFoundException;
import org.mutual.domain.client.ClientId;
import org.mutual.domain.group.GroupId;
import org.mutual.domain.membership.MembershipId;
import org.mutual.domain.membership.MembershipPeriod;
import org.mutual.domain.membership.MembershipStatus;
import org.mutual.domain.membership.NewMembership;
import org.mutual.domain.user.UserId;
import org.mutual.persistence.support.QueryCounter;
import org.mutual.persistence.support.TestData;
import org.mutual.persistence.support.TestDatabase;

@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class MembershipRepositoryTest {

    @Parameter
    TestDatabase database;

    DSLContext dsl;
    QueryCounter queries = new QueryCounter();
    JooqMembershipRepository memberships;
    GroupId tuesday;
    GroupId thursday;
    ClientId ana;
    ClientId ben;

    @BeforeEach
    void setUp() {
        dsl = database.dsl(database.create());
        memberships = new JooqMembershipRepository(queries.counting(dsl));
        TestData data = new TestData(dsl);
        UserId alice = data.therapist("alice");
        tuesday = data.group("Tuesday evening", alice);
        thursday = data.group("Thursday morning", alice);
        ana = data.client("Ana");
        ben = data.client("Ben");
    }

    static LocalDate march(int day) {
        return LocalDate.of(2026, 3, day);
    }

    MembershipId join(GroupId group, ClientId client, LocalDate on, Set<BarrierPattern> focus) {
        return memberships.create(NewMembership.of(group, client, on, focus));
    }

    @Test
    void new_membership_reads_back_open_and_active_with_all_three_focus_areas() {
        MembershipId id = join(tuesday, ana, march(3), EnumSet.allOf(BarrierPattern.class));

        assertThat(memberships.find(id)).contains(new MembershipPeriod(id, tuesday, ana, march(3), null,
                MembershipStatus.ACTIVE, null, EnumSet.allOf(BarrierPattern.class), 0));
    }

    @Test
    void new_membership_without_focus_areas_reads_back_with_an_empty_set() {
        MembershipId id = join(tuesday, ana, march(3), Set.of());

        assertThat(memberships.find(id)).get().extracting(MembershipPeriod::focusAreas)
                .isEqualTo(Set.of());
    }

    @Test
    void missing_membership_is_not_found() {
        assertThat(memberships.find(new MembershipId(999))).isEmpty();
    }

    @Test
    void update_stores_dates_status_reason_and_focus_areas_and_increments_the_version() {
        MembershipId id = join(tuesday, ana, march(3), EnumSet.allOf(BarrierPattern.class));
        MembershipPeriod read = memberships.find(id).orElseThrow();
        MembershipPeriod changed = new MembershipPeriod(id, tuesday, ana, march(2), null, MembershipStatus.ON_HOLD,
                null, Set.of(BarrierPattern.SELF_SUFFICIENCY), read.version());

        memberships.update(changed, read.version());
        MembershipPeriod left = memberships.find(id).orElseThrow().leave(march(31), MembershipStatus.WITHDRAWN, "Moved away");
        memberships.update(left, 1);

        assertThat(memberships.find(id)).contains(new MembershipPeriod(id, tuesday, ana, march(2), march(31),
                MembershipStatus.WITHDRAWN, "Moved away", Set.of(BarrierPattern.SELF_SUFFICIENCY), 2));
        assertThat(dsl.fetchCount(MEMBERSHIP_FOCUS)).isEqualTo(1);
    }

    @Test
    void update_with_a_stale_version_is_refused_and_changes_nothing() {
        MembershipId id = join(tuesday, ana, march(3), Set.of(BarrierPattern.CARETAKING));
        MembershipPeriod read = memberships.find(id).orElseThrow();
        memberships.update(read.hold(), 0);

        MembershipPeriod stale = read.leave(march(10), MembershipStatus.COMPLETED, null);
        MembershipPeriod staleFocus = new MembershipPeriod(id, tuesday, ana, march(3), march(10),
                MembershipStatus.COMPLETED, null, Set.of(BarrierPattern.INTENSITY_SEEKING), 0);
        assertThatThrownBy(() -> memberships.update(stale, 0)).isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> memberships.update(staleFocus, 0)).isInstanceOf(ConcurrentEditException.class);

        assertThat(memberships.find(id)).contains(new MembershipPeriod(id, tuesday, ana, march(3), null,
                MembershipStatus.ON_HOLD, null, Set.of(BarrierPattern.CARETAKING), 1));
    }

    @Test
    void update_of_a_missing_membership_is_not_found() {
        MembershipPeriod ghost = new MembershipPeriod(new MembershipId(999), tuesday, ana, march(3), null,
                MembershipStatus.ACTIVE, null, Set.of(), 0);

        assertThatThrownBy(() -> memberships.update(ghost, 0)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void periods_of_a_group_and_of_a_client_come_oldest_first_with_focus_areas_in_one_query() {
        MembershipId anaFirst = join(tuesday, ana, march(1), Set.of(BarrierPattern.CARETAKING));
        memberships.update(memberships.find(anaFirst).orElseThrow()
                .leave(march(5), MembershipStatus.COMPLETED, null), 0);
        MembershipId benInTuesday = join(tuesday, ben, march(4), Set.of());
        MembershipId anaAgain = join(tuesday, ana, march(20), EnumSet.allOf(BarrierPattern.class));
        MembershipId anaThursday = join(thursday, ana, march(2), Set.of(BarrierPattern.INTENSITY_SEEKING));
        queries.reset();

        List<MembershipPeriod> ofTuesday = memberships.periodsOfGroup(tuesday);
        assertThat(queries.count()).isEqualTo(1);
        assertThat(ofTuesday).extracting(MembershipPeriod::id).containsExactly(anaFirst, benInTuesday, anaAgain);
        assertThat(ofTuesday).extracting(MembershipPeriod::focusAreas).containsExactly(
                Set.of(BarrierPattern.CARETAKING), Set.of(), EnumSet.allOf(BarrierPattern.class));

        queries.reset();
        List<MembershipPeriod> ofAna = memberships.periodsOfClient(ana);
        assertThat(queries.count()).isEqualTo(1);
        assertThat(ofAna).extracting(MembershipPeriod::id).containsExactly(anaFirst, anaThursday, anaAgain);
        assertThat(ofAna.get(1).focusAreas()).containsExactly(BarrierPattern.INTENSITY_SEEKING);
        assertThat(memberships.periodsOfClient(new ClientId(999))).isEmpty();
    }

    @Test
    void the_database_refuses_a_period_that_ends_before_it_starts() {
        MembershipId id = join(tuesday, ana, march(3), Set.of());

        assertThatThrownBy(() -> dsl.update(MEMBERSHIP).set(MEMBERSHIP.LEFT_ON, march(2))
                .where(MEMBERSHIP.ID.eq(id.value())).execute())
                .isInstanceOf(DataAccessException.class);
    }

    @Test
    void a_second_admission_waits_for_the_group_lock_and_then_sees_the_first_admission() throws Exception {
        AtomicReference<CompletableFuture<Integer>> second = new AtomicReference<>();

        dsl.transaction(first -> {
            JooqMembershipRepository inFirst = new JooqMembershipRepository(first.dsl());
            inFirst.lockGroupForAdmission(tuesday);
            inFirst.create(NewMembership.of(tuesday, ana, march(3), Set.of()));

            second.set(CompletableFuture.supplyAsync(() -> dsl.transactionResult(other -> {
                JooqMembershipRepository inSecond = new JooqMembershipRepository(other.dsl());
                inSecond.lockGroupForAdmission(tuesday);
                return inSecond.periodsOfGroup(tuesday).size();
            })));
            assertThatThrownBy(() -> second.get().get(500, TimeUnit.MILLISECONDS))
                    .isInstanceOf(TimeoutException.class);
        });

        assertThat(second.get().get(10, TimeUnit.SECONDS)).isEqualTo(1);
    }

    @Test
    void locking_a_missing_group_is_not_found() {
        assertThatThrownBy(() -> memberships.lockGroupForAdmission(new GroupId(999)))
                .isInstanceOf(NotFoundException.class);
    }
}
