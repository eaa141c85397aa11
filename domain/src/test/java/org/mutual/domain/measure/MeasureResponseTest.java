package org.mutual.domain.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mutual.domain.base.ValidationException;
import org.mutual.domain.client.ClientId;
import org.mutual.domain.group.GroupId;

class MeasureResponseTest {

    static final Instant NOW = Instant.parse("2026-05-05T17:00:00Z");
    static final LocalDate DUE = LocalDate.of(2026, 5, 12);

    static MeasureResponse pending(Instrument instrument) {
        return new MeasureResponse(new ResponseId(1), new ScheduleId(1), new GroupId(1), new ClientId(1), instrument,
                DUE, ResponseStatus.PENDING, Map.of(), null, 0);
    }

    static Map<Integer, Integer> allAnswered(Instrument instrument, int value) {
        Map<Integer, Integer> answers = new HashMap<>();
        for (int item = 1; item <= instrument.items(); item++) {
            answers.put(item, value);
        }
        return answers;
    }

    @Test
    void a_client_can_answer_part_of_it_and_come_back_and_nothing_is_scored_until_submitted() {
        MeasureResponse partly = pending(Instrument.PHQ9).answer(Map.of(1, 2, 2, 1));
        Map<Integer, Integer> rest = new HashMap<>(partly.answers());
        rest.putAll(Map.of(3, 0, 4, 0, 5, 1, 6, 0, 7, 0, 8, 0, 9, 0));
        MeasureResponse complete = partly.answer(rest);

        assertThat(partly.answers()).containsExactly(Map.entry(1, 2), Map.entry(2, 1));
        assertThat(partly.score()).isEmpty();
        assertThat(complete.score()).isEmpty();
        MeasureResponse submitted = complete.submit(NOW);
        assertThat(submitted.status()).isEqualTo(ResponseStatus.SUBMITTED);
        assertThat(submitted.submittedAt()).isEqualTo(NOW);
        assertThat(submitted.score()).contains(new Score(Instrument.PHQ9, 4, Band.MINIMAL));
    }

    @Test
    void a_null_answer_leaves_the_item_open() {
        Map<Integer, Integer> answers = new HashMap<>();
        answers.put(1, 3);
        answers.put(2, null);

        assertThat(pending(Instrument.GAD7).answer(answers).answers()).containsExactly(Map.entry(1, 3));
    }

    @Test
    void an_incomplete_questionnaire_is_not_accepted_as_final_and_each_open_item_is_named() {
        MeasureResponse partly = pending(Instrument.GAD7).answer(Map.of(1, 1, 2, 1, 4, 1, 5, 1, 6, 1));

        assertThatThrownBy(() -> partly.submit(NOW)).isInstanceOfSatisfying(ValidationException.class, e -> {
            assertThat(e.byField()).containsOnlyKeys("item.3", "item.7");
            assertThat(e.errors()).allSatisfy(err -> assertThat(err.messageKey()).isEqualTo("measure.item.required"));
        });
    }

    @Test
    void each_answer_must_be_between_zero_and_three_and_items_must_exist() {
        assertThatThrownBy(() -> pending(Instrument.PHQ9).answer(Map.of(1, 4, 2, -1, 3, 3)))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.byField()).containsOnlyKeys("item.1", "item.2");
                    assertThat(e.byField().get("item.1").messageKey()).isEqualTo("measure.answer.range");
                });
        assertThatThrownBy(() -> pending(Instrument.GAD7).answer(Map.of(8, 1)))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.byField().get("answers").messageKey()).isEqualTo("measure.item.unknown"));
        assertThatThrownBy(() -> pending(Instrument.GAD7).answer(Map.of(0, 1)))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void a_submitted_questionnaire_is_final() {
        MeasureResponse submitted = pending(Instrument.GAD7).answer(allAnswered(Instrument.GAD7, 1)).submit(NOW);

        assertThatThrownBy(() -> submitted.answer(Map.of(1, 0))).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors().getFirst().messageKey()).isEqualTo("measure.submitted"));
        assertThatThrownBy(() -> submitted.submit(NOW)).isInstanceOf(ValidationException.class);
        assertThat(submitted.score()).contains(new Score(Instrument.GAD7, 7, Band.MILD));
    }

    @Test
    void no_answer_on_item_nine_or_zero_raises_no_safety_alert() {
        assertThat(pending(Instrument.PHQ9).raisesSafetyAlert()).isFalse();
        assertThat(pending(Instrument.PHQ9).answer(Map.of(1, 3, 8, 3)).raisesSafetyAlert()).isFalse();
        assertThat(pending(Instrument.PHQ9).answer(Map.of(9, 0)).raisesSafetyAlert()).isFalse();
        assertThat(pending(Instrument.PHQ9).answer(allAnswered(Instrument.PHQ9, 0)).submit(NOW).raisesSafetyAlert())
                .isFalse();
    }

    @ParameterizedTest(name = "item 9 = {0} raises an alert")
    @ValueSource(ints = {1, 2, 3})
    void any_answer_above_zero_on_item_nine_raises_a_safety_alert_saved_or_submitted(int value) {
        Map<Integer, Integer> answers = allAnswered(Instrument.PHQ9, 0);
        answers.put(9, value);

        assertThat(pending(Instrument.PHQ9).answer(Map.of(9, value)).raisesSafetyAlert()).isTrue();
        assertThat(pending(Instrument.PHQ9).answer(answers).submit(NOW).raisesSafetyAlert()).isTrue();
    }

    @Test
    void the_gad7_has_no_safety_item() {
        assertThat(Instrument.GAD7.safetyItem()).isEmpty();
        assertThat(Instrument.PHQ9.safetyItem()).hasValue(9);
        assertThat(pending(Instrument.GAD7).answer(allAnswered(Instrument.GAD7, 3)).raisesSafetyAlert()).isFalse();
    }

    @Test
    void it_is_overdue_only_while_pending_after_its_due_day() {
        MeasureResponse open = pending(Instrument.GAD7);
        assertThat(open.isOverdue(DUE)).isFalse();
        assertThat(open.isOverdue(DUE.plusDays(1))).isTrue();
        assertThat(open.answer(allAnswered(Instrument.GAD7, 0)).submit(NOW).isOverdue(DUE.plusDays(1))).isFalse();
    }
}
