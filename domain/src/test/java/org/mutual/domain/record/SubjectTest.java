package org.mutual.domain.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mutual.domain.base.ValidationException;
import org.mutual.domain.client.ClientId;
import org.mutual.domain.exercise.ExerciseId;
import org.mutual.domain.exercise.RecordingScope;
import org.mutual.domain.plan.PlanItem;
import org.mutual.domain.plan.PlanItemId;
import org.mutual.domain.session.SessionId;
import org.mutual.domain.user.UserId;

class SubjectTest {

    @Test
    void a_pair_is_written_with_the_lower_client_id_first_whatever_order_it_was_given_in() {
        assertThat(Subject.pair(new ClientId(12), new ClientId(3)).key()).isEqualTo("pair:3-12");
        assertThat(Subject.pair(new ClientId(3), new ClientId(12))).isEqualTo(Subject.pair(new ClientId(12),
                new ClientId(3)));
        assertThatThrownBy(() -> Subject.pair(new ClientId(3), new ClientId(3))).isInstanceOf(ValidationException.class);
    }

    @Test
    void stored_subjects_parse_back_to_their_scope() {
        assertThat(Subject.parse("member:7")).isEqualTo(Subject.member(new ClientId(7)));
        assertThat(Subject.parse("pair:3-12").scope()).isEqualTo(RecordingScope.PAIR);
        assertThat(Subject.parse("turn:4:7")).isEqualTo(new Subject.Turn(4, new ClientId(7)));
    }

    @Test
    void anything_else_is_not_a_subject() {
        for (String text : List.of("", "member:", "member:07", "pair:12-3", "pair:3-3", "turn:0:7", "turn:1",
                "client:7", "member:7 ")) {
            assertThatThrownBy(() -> Subject.parse(text)).as(text).hasMessageContaining("record.subject.invalid");
        }
    }

    @Test
    void a_record_reads_its_turns_in_order_and_its_values_by_subject_and_field() {
        PlanItem item = new PlanItem(new PlanItemId(1), new SessionId(1), new ExerciseId(2), "Disclosure", 1, 20);
        Instant at = Instant.parse("2026-05-05T16:00:00Z");
        UserId by = new UserId(1);
        ExerciseRecord record = new ExerciseRecord(item, null, List.of(
                new RecordedValue("turn:2:8", "depth", "3", at, by),
                new RecordedValue("turn:1:7", "depth", "1", at, by),
                new RecordedValue("member:7", "felt", "6", at, by)), 0);

        assertThat(record.turns("depth")).containsExactly(new Turn(1, new ClientId(7), 1),
                new Turn(2, new ClientId(8), 3));
        assertThat(record.value("member:7", "felt")).contains("6");
        assertThat(record.value("member:8", "felt")).isEmpty();
    }
}
