package org.mutual.persistence.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.mutual.domain.attendance.AttendanceStatus;
import org.mutual.domain.client.ClientId;
import org.mutual.domain.group.GroupId;
import org.mutual.domain.measure.Instrument;
import org.mutual.domain.membership.NewMembership;
import org.mutual.domain.progress.HomeworkTally;
import org.mutual.domain.progress.ProgressSource;
import org.mutual.domain.session.Session;
import org.mutual.domain.session.SessionId;
import org.mutual.persistence.membership.JooqMembershipRepository;
import org.mutual.persistence.support.QueryCounter;
import org.mutual.persistence.support.TestDatabase;

@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class ProgressRepositoryTest {

    static final LocalDate TODAY = LocalDate.of(2026, 5, 5);

    @Parameter
    TestDatabase database;

    DSLContext dsl;
    QueryCounter queries = new QueryCounter();
    JooqProgressRepository progress;
    ProgressFixture p;

    @BeforeEach
    void setUp() {
        dsl = database.dsl(database.create());
        progress = new JooqProgressRepository(queries.counting(dsl));
        p = new ProgressFixture(dsl);
    }

    ProgressSource load(GroupId group, boolean clinical) {
        return progress.load(group, clinical, TODAY).orElseThrow();
    }

    @Test
    void a_group_of_thirty_sessions_costs_the_same_single_statement_as_a_group_of_three() {
        p.fill(p.f.tuesday, 3);
        GroupId big = p.f.data.group("Wednesday long-running", p.f.alice);
        JooqMembershipRepository memberships = new JooqMembershipRepository(dsl);
        for (ClientId client : new ClientId[] {p.f.ana, p.f.ben, p.f.cat}) {
            memberships.create(NewMembership.of(big, client, LocalDate.of(2026, 4, 1), Set.of()));
        }
        p.fill(big, 30);

        queries.reset();
        ProgressSource small = load(p.f.tuesday, true);
        int smallCount = queries.count();
        queries.reset();
        ProgressSource large = load(big, true);
        int largeCount = queries.count();

        assertThat(smallCount).isEqualTo(1);
        assertThat(largeCount).isEqualTo(smallCount);
        assertThat(small.heldSessions()).hasSize(3);
        assertThat(large.heldSessions()).hasSize(30);
        assertThat(large.marks()).hasSize(90);
        assertThat(large.giveAndTake()).hasSize(30);
        assertThat(large.scores()).hasSize(6);
    }

    @Test
    void reads_held_sessions_periods_with_names_and_the_marks_of_held_sessions_only() {
        SessionId held = p.held(p.f.tuesday, 0);
        SessionId planned = p.planned(p.f.tuesday, 1);
        p.mark(held, p.f.ana, AttendanceStatus.LATE);
        p.held(p.f.thursday, 0);

        ProgressSource source = load(p.f.tuesday, false);

        assertThat(source.groupName()).isEqualTo("Tuesday evening");
        assertThat(source.heldSessions()).extracting(Session::id).containsExactly(held).doesNotContain(planned);
        assertThat(source.periods()).hasSize(3).allSatisfy(period -> {
            assertThat(period.group()).isEqualTo(p.f.tuesday);
            assertThat(period.joinedOn()).isEqualTo(LocalDate.of(2026, 4, 1));
        });
        assertThat(source.names()).containsEntry(p.f.ana, "Ana").containsEntry(p.f.ben, "Ben")
                .containsEntry(p.f.cat, "Cat");
        assertThat(source.marks()).singleElement().satisfies(m -> {
            assertThat(m.session()).isEqualTo(held);
            assertThat(m.client()).isEqualTo(p.f.ana);
            assertThat(m.status()).isEqualTo(AttendanceStatus.LATE);
        });
    }

    @Test
    void counts_homework_scores_questionnaires_and_pairs_turn_counts_for_a_facilitator() {
        SessionId s = p.held(p.f.tuesday, 0);
        p.conversation(s, p.f.ben, p.f.ana, 2, 8);
        p.homework(p.f.tuesday, p.f.ana, LocalDate.of(2026, 4, 10), true);
        p.homework(p.f.tuesday, p.f.ana, LocalDate.of(2026, 5, 4), false);
        p.homework(p.f.tuesday, p.f.ana, TODAY, false);
        p.homework(p.f.thursday, p.f.ana, LocalDate.of(2026, 4, 10), false);
        p.score(p.f.tuesday, p.f.ana, Instrument.GAD7, 2, ProgressFixture.FIRST);
        p.score(p.f.thursday, p.f.ana, Instrument.GAD7, 3, ProgressFixture.FIRST);

        ProgressSource source = load(p.f.tuesday, true);

        assertThat(source.homework()).containsExactlyEntriesOf(java.util.Map.of(p.f.ana, new HomeworkTally(3, 1, 1)));
        assertThat(source.scores()).singleElement().satisfies(score -> {
            assertThat(score.client()).isEqualTo(p.f.ana);
            assertThat(score.score().instrument()).isEqualTo(Instrument.GAD7);
            assertThat(score.score().total()).isEqualTo(14);
        });
        assertThat(source.giveAndTake()).singleElement().satisfies(pair -> {
            assertThat(pair.session()).isEqualTo(s);
            boolean anaIsA = pair.a().equals(p.f.ana);
            int anas = anaIsA ? pair.turnsA() : pair.turnsB();
            int bens = anaIsA ? pair.turnsB() : pair.turnsA();
            assertThat(anas).isEqualTo(8);
            assertThat(bens).isEqualTo(2);
            assertThat(pair.balance()).isEqualTo(0.25);
        });
    }

    @Test
    void an_organisational_read_leaves_the_clinical_tables_out_and_is_still_one_statement() {
        p.fill(p.f.tuesday, 2);

        queries.reset();
        ProgressSource source = load(p.f.tuesday, false);

        assertThat(queries.count()).isEqualTo(1);
        assertThat(source.marks()).hasSize(6);
        assertThat(source.homework()).isEmpty();
        assertThat(source.scores()).isEmpty();
        assertThat(source.giveAndTake()).isEmpty();
    }

    @Test
    void an_unknown_group_is_empty() {
        assertThat(progress.load(new GroupId(999_999), true, TODAY)).isEmpty();
    }
}
