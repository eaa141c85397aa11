package org.mutual.persistence.homework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.mutual.persistence.jooq.Tables.GROUP_FACILITATOR;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.mutual.domain.base.ConcurrentEditException;
import org.mutual.domain.base.NotFoundException;
import org.mutual.domain.client.ClientId;
import org.mutual.domain.exercise.Practice;
import org.mutual.domain.group.GroupId;
import org.mutual.domain.homework.AssignedBatch;
import org.mutual.domain.homework.Homework;
import org.mutual.domain.homework.HomeworkId;
import org.mutual.domain.homework.HomeworkStatus;
import org.mutual.domain.homework.HomeworkSummary;
import org.mutual.domain.homework.NewHomework;
import org.mutual.domain.homework.ReviewItem;
import org.mutual.domain.session.SessionId;
import org.mutual.persistence.plan.ClinicalFixture;
import org.mutual.persistence.support.QueryCounter;
import org.mutual.persistence.support.TestData;
import org.mutual.persistence.support.TestDatabase;

@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class HomeworkRepositoryTest {

    static final Instant T1 = Instant.parse("2026-05-05T18:00:00Z");
    static final Instant T2 = Instant.parse("2026-05-08T09:00:00.1234567Z");
    static final Instant T3 = Instant.parse("2026-05-09T10:00:00Z");
    static final LocalDate DUE = LocalDate.of(2026, 5, 11);

    @Parameter
    TestDatabase database;

    DSLContext dsl;
    QueryCounter queries = new QueryCounter();
    JooqHomeworkRepository homework;
    ClinicalFixture f;
    SessionId tuesday;

    @BeforeEach
    void setUp() {
        dsl = database.dsl(database.create());
        homework = new JooqHomeworkRepository(queries.counting(dsl));
        f = new ClinicalFixture(dsl);
        tuesday = f.session(f.tuesday, "2026-05-05T16:00:00Z");
    }

    NewHomework assignment(GroupId group, SessionId session, String title, LocalDate due) {
        return NewHomework.of(group, session, f.builtIn(Practice.SMALL_EXPERIMENTS), title, "Ask for help once.",
                due, f.alice, T1);
    }

    Homework stored(HomeworkId id) {
        return homework.find(id).orElseThrow();
    }

    @Test
    void a_batch_stores_every_members_homework_in_one_statement_and_reads_back_as_assigned() {
        queries.reset();

        AssignedBatch batch = homework.createBatch(assignment(f.tuesday, tuesday, "Small experiments", DUE),
                List.of(f.cat, f.ana, f.ben));

        // One statement for the batch row and one for all three homework rows.
        assertThat(queries.count()).isEqualTo(2);
        assertThat(batch.homework()).hasSize(3).doesNotHaveDuplicates();
        assertThat(batch.homework()).extracting(id -> stored(id).client()).containsExactly(f.cat, f.ana, f.ben);
        assertThat(stored(batch.homework().get(1))).isEqualTo(new Homework(batch.homework().get(1), batch.batch(),
                f.tuesday, f.ana, tuesday, f.builtIn(Practice.SMALL_EXPERIMENTS), "Small experiments",
                "Ask for help once.", DUE, HomeworkStatus.ASSIGNED, null, Map.of(), null, null, null, null, 0));
        assertThat(homework.find(new HomeworkId(999))).isEmpty();
    }

    @Test
    void a_draft_submission_and_review_are_stored_with_answers_and_the_version_increments() {
        HomeworkId id = homework.createBatch(assignment(f.tuesday, tuesday, "Small experiments", DUE),
                List.of(f.ana)).homework().getFirst();
        homework.update(stored(id).saveDraft("I asked my neighbour.", Map.of("ask", "carry a box", "felt", "6")), 0);
        homework.update(stored(id).saveDraft("I asked my neighbour.", Map.of("felt", "7", "response", "eager")), 1);
        homework.update(stored(id).submit(T2), 2);

        homework.update(stored(id).review("Well noticed.", f.alice, T3), 3);

        assertThat(stored(id)).satisfies(h -> {
            assertThat(h.reflection()).isEqualTo("I asked my neighbour.");
            assertThat(h.answers()).containsExactly(Map.entry("felt", "7"), Map.entry("response", "eager"));
            assertThat(h.status()).isEqualTo(HomeworkStatus.REVIEWED);
            assertThat(h.submittedAt()).isEqualTo(Instant.parse("2026-05-08T09:00:00.123456Z"));
            assertThat(h.feedback()).isEqualTo("Well noticed.");
            assertThat(h.reviewedBy()).isEqualTo(f.alice);
            assertThat(h.reviewedAt()).isEqualTo(T3);
            assertThat(h.version()).isEqualTo(4);
        });
    }

    @Test
    void an_update_with_a_stale_version_is_refused_and_changes_nothing() {
        HomeworkId id = homework.createBatch(assignment(f.tuesday, tuesday, "Small experiments", DUE),
                List.of(f.ana)).homework().getFirst();
        Homework phone = stored(id);
        Homework laptop = stored(id);
        homework.update(laptop.saveDraft("Written on the laptop.", Map.of("felt", "5")), 0);

        assertThatThrownBy(() -> homework.update(phone.saveDraft("Written on the phone.", Map.of()), 0))
                .isInstanceOf(ConcurrentEditException.class);

        assertThat(stored(id).reflection()).isEqualTo("Written on the laptop.");
        assertThat(stored(id).answers()).containsExactly(Map.entry("felt", "5"));
        assertThat(stored(id).version()).isEqualTo(1);
        Homework missing = new Homework(new HomeworkId(999), phone.batch(), f.tuesday, f.ana, null, null, "x", null,
                DUE, HomeworkStatus.ASSIGNED, null, Map.of(), null, null, null, null, 0);
        assertThatThrownBy(() -> homework.update(missing, 0)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_clients_homework_pages_latest_due_date_first_in_one_query_each() {
        for (int week = 1; week <= 5; week++) {
            homework.createBatch(assignment(f.tuesday, null, "Week " + week, DUE.plusWeeks(week)),
                    List.of(f.ana, f.ben));
        }
        homework.createBatch(assignment(f.thursday, null, "Other group", DUE), List.of(f.cat));
        queries.reset();

        List<Homework> first = homework.ofClient(f.ana, 0, 2);
        List<Homework> rest = homework.ofClient(f.ana, 2, 10);

        assertThat(queries.count()).isEqualTo(2);
        assertThat(first).extracting(Homework::title).containsExactly("Week 5", "Week 4");
        assertThat(rest).extracting(Homework::title).containsExactly("Week 3", "Week 2", "Week 1");
        assertThat(rest).allSatisfy(h -> assertThat(h.client()).isEqualTo(f.ana));
        assertThat(homework.countOfClient(f.ana)).isEqualTo(5);
        assertThat(homework.countOfClient(f.cat)).isEqualTo(1);
        assertThat(homework.countOfClient(new ClientId(999))).isZero();
    }

    @Test
    void the_board_holds_every_batch_of_the_group_with_its_clients_in_one_query() {
        AssignedBatch later = homework.createBatch(assignment(f.tuesday, tuesday, "Later", DUE.plusWeeks(1)),
                List.of(f.ana, f.ben, f.cat));
        AssignedBatch sooner = homework.createBatch(assignment(f.tuesday, tuesday, "Sooner", DUE), List.of(f.ben));
        homework.createBatch(assignment(f.thursday, null, "Other group", DUE), List.of(f.cat));
        queries.reset();

        List<Homework> board = homework.board(f.tuesday);

        assertThat(queries.count()).isEqualTo(1);
        assertThat(board).extracting(Homework::batch, Homework::client).containsExactly(
                tuple(sooner.batch(), f.ben),
                tuple(later.batch(), f.ana), tuple(later.batch(), f.ben), tuple(later.batch(), f.cat));
    }

    @Test
    void the_board_and_a_clients_pages_read_every_field_and_answer_as_a_single_homework_is_read() {
        List<HomeworkId> ids = homework.createBatch(assignment(f.tuesday, tuesday, "Small experiments", DUE),
                List.of(f.ana, f.ben)).homework();
        HomeworkId answered = ids.getFirst();
        homework.update(stored(answered).saveDraft("Asked twice.", Map.of("response", "eager, then = calm",
                "ask", "carry a box", "felt", "7")), 0);
        homework.update(stored(answered).submit(T2), 1);
        homework.update(stored(answered).review("Well noticed.", f.alice, T3), 2);
        Homework reviewed = stored(answered);
        Homework untouched = stored(ids.get(1));
        assertThat(reviewed.answers()).hasSize(3);
        assertThat(reviewed.reviewedBy()).isNotNull();

        assertThat(homework.board(f.tuesday)).containsExactlyInAnyOrder(reviewed, untouched);
        assertThat(homework.ofClient(f.ana, 0, 10)).containsExactly(reviewed);
        assertThat(homework.ofClient(f.ben, 0, 10)).containsExactly(untouched);
        assertThat(untouched.answers()).isEmpty();
    }

    @Test
    void the_review_list_holds_submitted_homework_of_the_therapists_groups_oldest_first_in_one_query() {
        List<HomeworkId> tuesdays = homework.createBatch(assignment(f.tuesday, tuesday, "Tuesday", DUE),
                List.of(f.ana, f.ben, f.cat)).homework();
        HomeworkId thursdays = homework.createBatch(assignment(f.thursday, null, "Thursday", DUE),
                List.of(f.ana)).homework().getFirst();
        submit(tuesdays.get(1), T3);
        submit(tuesdays.get(0), T2);
        submit(thursdays, T2);
        Homework reviewed = stored(tuesdays.get(0));
        homework.update(reviewed.review(null, f.alice, T3), reviewed.version());
        queries.reset();

        List<ReviewItem> alices = homework.toReview(f.alice);

        assertThat(queries.count()).isEqualTo(1);
        assertThat(alices).extracting(r -> r.homework().id()).containsExactly(tuesdays.get(1));
        assertThat(alices.getFirst()).extracting(ReviewItem::member, ReviewItem::group).containsExactly("Ben", "Tuesday evening");
        assertThat(homework.toReview(f.bob)).extracting(r -> r.homework().id()).containsExactly(thursdays);
    }

    @Test
    void a_co_led_group_counts_once_and_a_group_with_nothing_submitted_adds_nothing_to_the_review_list() {
        // Alice also co-leads Thursday and leads a Friday group where nothing was handed in.
        dsl.insertInto(GROUP_FACILITATOR).set(GROUP_FACILITATOR.GROUP_ID, f.thursday.value())
                .set(GROUP_FACILITATOR.USER_ID, f.alice.value()).set(GROUP_FACILITATOR.IS_LEAD, false).execute();
        GroupId friday = new TestData(dsl).group("Friday", f.alice);
        homework.createBatch(assignment(friday, null, "Friday", DUE), List.of(f.cat));
        HomeworkId thursdays = homework.createBatch(assignment(f.thursday, null, "Thursday", DUE),
                List.of(f.ana)).homework().getFirst();
        HomeworkId tuesdays = homework.createBatch(assignment(f.tuesday, null, "Tuesday", DUE),
                List.of(f.ben)).homework().getFirst();
        submit(thursdays, T2);
        submit(tuesdays, T3);

        assertThat(homework.toReview(f.alice)).extracting(r -> r.homework().id()).containsExactly(thursdays, tuesdays);
        assertThat(homework.toReview(f.bob)).extracting(r -> r.homework().id()).containsExactly(thursdays);
    }

    @Test
    void the_status_of_a_sessions_homework_is_given_per_client_the_least_advanced_first() {
        List<HomeworkId> first = homework.createBatch(assignment(f.tuesday, tuesday, "First", DUE),
                List.of(f.ana, f.ben, f.cat)).homework();
        List<HomeworkId> second = homework.createBatch(assignment(f.tuesday, tuesday, "Second", DUE),
                List.of(f.ana, f.ben)).homework();
        homework.createBatch(assignment(f.tuesday, f.session(f.tuesday, "2026-05-12T16:00:00Z"), "Next week",
                DUE.plusWeeks(1)), List.of(f.cat));
        submit(first.get(0), T2);
        submit(second.get(0), T2);
        submit(first.get(1), T2);
        submit(first.get(2), T2);

        assertThat(homework.statusOfSession(tuesday)).containsExactly(
                Map.entry(f.ana, HomeworkStatus.SUBMITTED),
                Map.entry(f.ben, HomeworkStatus.ASSIGNED),
                Map.entry(f.cat, HomeworkStatus.SUBMITTED));
        assertThat(homework.statusOfSession(new SessionId(999))).isEmpty();
    }

    @Test
    void a_clients_open_homework_comes_soonest_due_first_and_done_homework_latest_due_first() {
        HomeworkId early = homework.createBatch(assignment(f.tuesday, tuesday, "Early", DUE), List.of(f.ana))
                .homework().getFirst();
        HomeworkId late = homework.createBatch(assignment(f.tuesday, tuesday, "Late", DUE.plusDays(7)),
                List.of(f.ana, f.ben)).homework().getFirst();
        HomeworkId doneEarly = homework.createBatch(assignment(f.tuesday, tuesday, "Done early", DUE.minusDays(7)),
                List.of(f.ana)).homework().getFirst();
        HomeworkId doneLate = homework.createBatch(assignment(f.tuesday, tuesday, "Done late", DUE.plusDays(1)),
                List.of(f.ana)).homework().getFirst();
        submit(doneEarly, T2);
        submit(doneLate, T3);
        queries.reset();

        assertThat(homework.summariesOfClient(f.ana, true, 0, 10))
                .containsExactly(new HomeworkSummary(early, "Early", DUE, HomeworkStatus.ASSIGNED),
                        new HomeworkSummary(late, "Late", DUE.plusDays(7), HomeworkStatus.ASSIGNED));
        assertThat(homework.summariesOfClient(f.ana, false, 0, 10))
                .containsExactly(new HomeworkSummary(doneLate, "Done late", DUE.plusDays(1), HomeworkStatus.SUBMITTED),
                        new HomeworkSummary(doneEarly, "Done early", DUE.minusDays(7), HomeworkStatus.SUBMITTED));
        assertThat(homework.summariesOfClient(f.ana, true, 1, 10)).extracting(HomeworkSummary::id).containsExactly(late);
        assertThat(homework.countOfClient(f.ana, true)).isEqualTo(2);
        assertThat(homework.countOfClient(f.ana, false)).isEqualTo(2);
        assertThat(homework.countOfClient(f.ben, false)).isZero();
        assertThat(queries.count()).isEqualTo(6);
    }

    @Test
    void a_clients_homework_is_counted_per_status_in_one_query() {
        homework.createBatch(assignment(f.tuesday, tuesday, "Open", DUE), List.of(f.ana, f.ben));
        HomeworkId first = homework.createBatch(assignment(f.tuesday, tuesday, "Done", DUE), List.of(f.ana))
                .homework().getFirst();
        HomeworkId second = homework.createBatch(assignment(f.tuesday, tuesday, "Done too", DUE), List.of(f.ana))
                .homework().getFirst();
        submit(first, T2);
        submit(second, T3);
        queries.reset();

        assertThat(homework.countsOfClient(f.ana)).containsOnly(Map.entry(HomeworkStatus.ASSIGNED, 1),
                Map.entry(HomeworkStatus.SUBMITTED, 2));
        assertThat(homework.countsOfClient(f.ben)).containsOnly(Map.entry(HomeworkStatus.ASSIGNED, 1));
        assertThat(homework.countsOfClient(new ClientId(999))).isEmpty();
        assertThat(queries.count()).isEqualTo(3);
    }

    @Test
    void homework_due_at_a_session_is_what_the_previous_session_gave_or_what_fell_due_since_in_one_query() {
        SessionId previous = f.session(f.tuesday, "2026-04-28T16:00:00Z");
        HomeworkId fromPrevious = homework.createBatch(assignment(f.tuesday, previous, "Given last time",
                LocalDate.of(2026, 5, 20)), List.of(f.ana)).homework().getFirst();
        HomeworkId dueBetween = homework.createBatch(assignment(f.tuesday, null, "Due this week",
                LocalDate.of(2026, 5, 1)), List.of(f.ben)).homework().getFirst();
        homework.createBatch(assignment(f.tuesday, null, "Long ago", LocalDate.of(2026, 4, 1)), List.of(f.ana));
        homework.createBatch(assignment(f.tuesday, null, "Next week", LocalDate.of(2026, 5, 12)), List.of(f.ana));
        homework.createBatch(assignment(f.thursday, null, "Other group", LocalDate.of(2026, 5, 1)), List.of(f.cat));
        queries.reset();

        List<Homework> due = homework.dueAt(f.tuesday, previous, LocalDate.of(2026, 4, 28), LocalDate.of(2026, 5, 5));

        assertThat(queries.count()).isEqualTo(1);
        assertThat(due).extracting(Homework::id).containsExactlyInAnyOrder(fromPrevious, dueBetween);
        assertThat(homework.dueAt(f.tuesday, null, LocalDate.of(2026, 4, 28), LocalDate.of(2026, 5, 5)))
                .extracting(Homework::id).containsExactly(dueBetween);
    }

    void submit(HomeworkId id, Instant at) {
        Homework h = stored(id);
        Homework drafted = h.saveDraft("Done.", Map.of());
        homework.update(drafted, h.version());
        homework.update(stored(id).submit(at), h.version() + 1);
    }
}
