package org.mutual.domain.homework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mutual.domain.base.ValidationException;
import org.mutual.domain.client.ClientId;
import org.mutual.domain.exercise.BuiltInPractices;
import org.mutual.domain.exercise.Exercise;
import org.mutual.domain.exercise.ExerciseId;
import org.mutual.domain.exercise.Practice;
import org.mutual.domain.group.GroupId;
import org.mutual.domain.user.UserId;

class HomeworkTest {

    static final UserId ALICE = new UserId(1);
    static final Instant T1 = Instant.parse("2026-05-07T18:00:00Z");
    static final Instant T2 = Instant.parse("2026-05-08T09:00:00Z");
    static final LocalDate DUE = LocalDate.of(2026, 5, 11);

    final Homework assigned = new Homework(new HomeworkId(1), new AssignmentBatchId(1), new GroupId(1),
            new ClientId(4), null, new ExerciseId(3), "Small experiments", "Ask someone for help.", DUE,
            HomeworkStatus.ASSIGNED, null, Map.of(), null, null, null, null, 0);

    static String key(ValidationException e) {
        return e.errors().getFirst().messageKey();
    }

    static Exercise smallExperiments() {
        return BuiltInPractices.all().stream().filter(e -> e.practice() == Practice.SMALL_EXPERIMENTS).findFirst()
                .orElseThrow();
    }

    @Test
    void an_assigned_homework_takes_a_trimmed_reflection_and_answers_as_a_draft() {
        Homework drafted = assigned.saveDraft("  I asked my neighbour.  ", Map.of("felt", "6", "ask", "carry a box"));

        assertThat(drafted.reflection()).isEqualTo("I asked my neighbour.");
        assertThat(drafted.answers()).containsExactly(Map.entry("ask", "carry a box"), Map.entry("felt", "6"));
        assertThat(drafted.status()).isEqualTo(HomeworkStatus.ASSIGNED);
        assertThat(assigned.saveDraft("  ", Map.of()).reflection()).isNull();
    }

    @Test
    void a_reflection_longer_than_8000_characters_is_refused() {
        assertThatThrownBy(() -> assigned.saveDraft("x".repeat(8001), Map.of()))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.errors().getFirst().field()).isEqualTo("reflection");
                    assertThat(key(e)).isEqualTo("validation.too-long");
                });
        assertThat(assigned.saveDraft("x".repeat(8000), Map.of()).reflection()).hasSize(8000);
    }

    @Test
    void submitting_hands_the_homework_in_and_records_when() {
        Homework submitted = assigned.saveDraft("It went better than I feared.", Map.of()).submit(T1);

        assertThat(submitted.status()).isEqualTo(HomeworkStatus.SUBMITTED);
        assertThat(submitted.submittedAt()).isEqualTo(T1);
        assertThat(assigned.saveDraft(null, Map.of("felt", "3")).submit(T1).status())
                .isEqualTo(HomeworkStatus.SUBMITTED);
    }

    @Test
    void a_homework_with_neither_reflection_nor_answers_cannot_be_submitted() {
        assertThatThrownBy(() -> assigned.saveDraft(" ", Map.of()).submit(T1))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(key(e)).isEqualTo("homework.empty"));
    }

    @Test
    void a_submitted_or_reviewed_reflection_refuses_edits_and_a_second_submit() {
        Homework submitted = assigned.saveDraft("Done.", Map.of()).submit(T1);
        Homework reviewed = submitted.review("Thank you.", ALICE, T2);

        for (Homework handedIn : new Homework[] {submitted, reviewed}) {
            assertThatThrownBy(() -> handedIn.saveDraft("Changed my mind.", Map.of()))
                    .isInstanceOfSatisfying(ValidationException.class,
                            e -> assertThat(key(e)).isEqualTo("homework.submitted"));
            assertThatThrownBy(() -> handedIn.submit(T2)).isInstanceOfSatisfying(ValidationException.class,
                    e -> assertThat(key(e)).isEqualTo("homework.submitted"));
        }
    }

    @Test
    void reopening_gives_a_submitted_homework_back_to_the_client_with_their_text() {
        Homework reopened = assigned.saveDraft("First try.", Map.of()).submit(T1).reopen();

        assertThat(reopened.status()).isEqualTo(HomeworkStatus.ASSIGNED);
        assertThat(reopened.reflection()).isEqualTo("First try.");
        assertThat(reopened.submittedAt()).isNull();
        assertThat(reopened.saveDraft("Second try.", Map.of()).reflection()).isEqualTo("Second try.");
        assertThatThrownBy(assigned::reopen).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(key(e)).isEqualTo("homework.not-submitted"));
    }

    @Test
    void reviewing_records_who_and_when_and_the_feedback_is_optional() {
        Homework submitted = assigned.saveDraft("Done.", Map.of()).submit(T1);

        Homework reviewed = submitted.review("  Well noticed.  ", ALICE, T2);
        assertThat(reviewed.status()).isEqualTo(HomeworkStatus.REVIEWED);
        assertThat(reviewed.feedback()).isEqualTo("Well noticed.");
        assertThat(reviewed.reviewedBy()).isEqualTo(ALICE);
        assertThat(reviewed.reviewedAt()).isEqualTo(T2);
        assertThat(submitted.review(null, ALICE, T2).feedback()).isNull();
        assertThatThrownBy(() -> assigned.review("Early", ALICE, T2)).isInstanceOfSatisfying(
                ValidationException.class, e -> assertThat(key(e)).isEqualTo("homework.not-submitted"));
        assertThatThrownBy(() -> reviewed.review("Again", ALICE, T2)).isInstanceOfSatisfying(
                ValidationException.class, e -> assertThat(key(e)).isEqualTo("homework.not-submitted"));
        assertThatThrownBy(() -> submitted.review("x".repeat(4001), ALICE, T2)).isInstanceOfSatisfying(
                ValidationException.class, e -> assertThat(key(e)).isEqualTo("validation.too-long"));
    }

    @Test
    void homework_is_overdue_only_while_assigned_and_after_its_due_day() {
        assertThat(assigned.isOverdue(DUE)).isFalse();
        assertThat(assigned.isOverdue(DUE.plusDays(1))).isTrue();
        assertThat(assigned.saveDraft("Done", Map.of()).submit(T1).isOverdue(DUE.plusDays(1))).isFalse();
    }

    @Test
    void overdue_follows_midnight_in_the_clients_zone() {
        // 2026-05-12 03:30 UTC is still the evening of the 11th (the due day) in New York, but the 12th in Berlin.
        Instant now = Instant.parse("2026-05-12T03:30:00Z");

        assertThat(assigned.isOverdue(now, ZoneId.of("America/New_York"))).isFalse();
        assertThat(assigned.isOverdue(now, ZoneId.of("Europe/Berlin"))).isTrue();
        assertThat(assigned.isOverdue(Instant.parse("2026-05-12T03:59:59Z"), ZoneId.of("America/New_York")))
                .isFalse();
        assertThat(assigned.isOverdue(Instant.parse("2026-05-12T04:00:00Z"), ZoneId.of("America/New_York")))
                .isTrue();
    }

    @Test
    void answers_are_checked_against_the_exercises_member_prompts() {
        var prompts = HomeworkAnswers.prompts(Optional.of(smallExperiments()));

        assertThat(HomeworkAnswers.check(prompts, Map.of("ask", " carry a box ", "response", "willing",
                "felt", "07", "ignored_blank", " "))).containsExactly(Map.entry("ask", "carry a box"),
                Map.entry("felt", "7"), Map.entry("response", "willing"));
        assertThatThrownBy(() -> HomeworkAnswers.check(prompts, Map.of("felt", "11", "response", "maybe")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.byField())
                        .containsOnlyKeys("answers.felt", "answers.response"));
        assertThatThrownBy(() -> HomeworkAnswers.check(prompts, Map.of("mood", "fine")))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(key(e)).isEqualTo("homework.answers.unknown"));
        assertThatThrownBy(() -> HomeworkAnswers.check(HomeworkAnswers.prompts(Optional.empty()),
                Map.of("ask", "x"))).isInstanceOf(ValidationException.class);
    }
}
