package org.mutual.domain.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.mutual.domain.base.ValidationException;
import org.mutual.domain.group.GroupId;
import org.mutual.domain.user.UserId;

class NewScheduleTest {

    static final LocalDate TODAY = LocalDate.of(2026, 5, 5);
    static final GroupId GROUP = new GroupId(1);
    static final UserId ALICE = new UserId(1);
    static final Instant NOW = Instant.parse("2026-05-05T17:00:00Z");

    @Test
    void a_single_request_is_due_today_or_later() {
        assertThat(NewSchedule.of(GROUP, null, Instrument.PHQ9, new Cadence.Once(TODAY), TODAY, ALICE, NOW).cadence())
                .isEqualTo(new Cadence.Once(TODAY));
        assertThatThrownBy(() -> NewSchedule.of(GROUP, null, Instrument.PHQ9, new Cadence.Once(TODAY.minusDays(1)),
                TODAY, ALICE, NOW)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.byField().get("due").messageKey()).isEqualTo("measure.due-in-past"));
    }

    @Test
    void a_recurring_schedule_is_every_one_to_twenty_six_sessions() {
        NewSchedule.of(GROUP, null, Instrument.GAD7, new Cadence.EverySessions(1), TODAY, ALICE, NOW);
        NewSchedule.of(GROUP, null, Instrument.GAD7, new Cadence.EverySessions(26), TODAY, ALICE, NOW);
        for (int every : new int[] {0, -1, 27}) {
            assertThatThrownBy(() -> NewSchedule.of(GROUP, null, Instrument.GAD7, new Cadence.EverySessions(every),
                    TODAY, ALICE, NOW)).isInstanceOfSatisfying(ValidationException.class,
                    e -> assertThat(e.byField().get("every").messageKey()).isEqualTo("validation.range"));
        }
    }

    @Test
    void instrument_and_cadence_are_required_and_reported_together() {
        assertThatThrownBy(() -> NewSchedule.of(GROUP, null, null, null, TODAY, ALICE, NOW))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.byField()).containsOnlyKeys("instrument", "cadence"));
    }
}
