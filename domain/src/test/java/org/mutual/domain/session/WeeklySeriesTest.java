package org.mutual.domain.session;

import org.mutual.domain.schedule.WeeklySlot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mutual.domain.base.ValidationException;

class WeeklySeriesTest {

    static final ZoneId MADRID = ZoneId.of("Europe/Madrid");
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    static WeeklySlot slot(DayOfWeek day, int hour, int minute, Duration duration, ZoneId zone) {
        return WeeklySlot.of(day, LocalTime.of(hour, minute), duration, zone);
    }

    static void assertRefusedOnTo(Runnable generation, String messageKey) {
        assertThatThrownBy(generation::run).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.byField().get("to").messageKey()).isEqualTo(messageKey));
    }

    @Test
    void occurrences_fall_on_the_slot_weekday_between_both_dates_inclusive() {
        WeeklySlot thursday = slot(DayOfWeek.THURSDAY, 18, 0, Duration.ofMinutes(90), MADRID);

        List<Occurrence> occurrences = WeeklySeries.generate(thursday, LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 1, 29));

        assertThat(occurrences).extracting(Occurrence::date).containsExactly(LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 1, 8), LocalDate.of(2026, 1, 15), LocalDate.of(2026, 1, 22),
                LocalDate.of(2026, 1, 29));
        assertThat(occurrences.getFirst().start()).isEqualTo(Instant.parse("2026-01-01T17:00:00Z"));
        assertThat(occurrences.getFirst().end()).isEqualTo(Instant.parse("2026-01-01T18:30:00Z"));
    }

    @Test
    void series_starts_on_the_first_slot_weekday_after_from() {
        WeeklySlot thursday = slot(DayOfWeek.THURSDAY, 18, 0, Duration.ofHours(1), MADRID);

        assertThat(WeeklySeries.generate(thursday, LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 14)))
                .extracting(Occurrence::date).containsExactly(LocalDate.of(2026, 1, 8));
    }

    @Test
    void madrid_series_keeps_18_00_when_summer_time_starts() {
        WeeklySlot thursday = slot(DayOfWeek.THURSDAY, 18, 0, Duration.ofMinutes(90), MADRID);

        List<Occurrence> occurrences = WeeklySeries.generate(thursday, LocalDate.of(2026, 3, 19),
                LocalDate.of(2026, 4, 2));

        assertThat(occurrences).extracting(o -> o.start().atZone(MADRID).toLocalTime())
                .containsOnly(LocalTime.of(18, 0));
        assertThat(occurrences).extracting(Occurrence::start).containsExactly(
                Instant.parse("2026-03-19T17:00:00Z"), Instant.parse("2026-03-26T17:00:00Z"),
                Instant.parse("2026-04-02T16:00:00Z"));
    }

    @Test
    void new_york_series_keeps_18_00_when_summer_time_ends() {
        WeeklySlot tuesday = slot(DayOfWeek.TUESDAY, 18, 0, Duration.ofMinutes(90), NEW_YORK);

        List<Occurrence> occurrences = WeeklySeries.generate(tuesday, LocalDate.of(2026, 10, 20),
                LocalDate.of(2026, 11, 3));

        assertThat(occurrences).extracting(o -> o.start().atZone(NEW_YORK).toLocalTime())
                .containsOnly(LocalTime.of(18, 0));
        assertThat(occurrences).extracting(Occurrence::start).containsExactly(
                Instant.parse("2026-10-20T22:00:00Z"), Instant.parse("2026-10-27T22:00:00Z"),
                Instant.parse("2026-11-03T23:00:00Z"));
        assertThat(occurrences).extracting(o -> Duration.between(o.start(), o.end()))
                .containsOnly(Duration.ofMinutes(90));
    }

    @Test
    void start_time_missing_on_the_spring_forward_day_moves_an_hour_later() {
        WeeklySlot sundayNight = slot(DayOfWeek.SUNDAY, 2, 30, Duration.ofHours(1), MADRID);

        List<Occurrence> occurrences = WeeklySeries.generate(sundayNight, LocalDate.of(2026, 3, 22),
                LocalDate.of(2026, 4, 5));

        assertThat(occurrences).extracting(o -> o.start().atZone(MADRID).toLocalTime())
                .containsExactly(LocalTime.of(2, 30), LocalTime.of(3, 30), LocalTime.of(2, 30));
        assertThat(occurrences.get(1).start()).isEqualTo(Instant.parse("2026-03-29T01:30:00Z"));
    }

    @Test
    void start_time_repeated_on_the_fall_back_day_takes_the_summer_time_one() {
        WeeklySlot sundayNight = slot(DayOfWeek.SUNDAY, 2, 30, Duration.ofHours(1), MADRID);

        assertThat(WeeklySeries.generate(sundayNight, LocalDate.of(2026, 10, 25), LocalDate.of(2026, 10, 25)))
                .extracting(Occurrence::start).containsExactly(Instant.parse("2026-10-25T00:30:00Z"));
    }

    @Test
    void session_spanning_the_change_lasts_its_real_duration() {
        WeeklySlot saturdayNight = slot(DayOfWeek.SATURDAY, 23, 0, Duration.ofHours(8), MADRID);

        Occurrence overnight = WeeklySeries.generate(saturdayNight, LocalDate.of(2026, 3, 28),
                LocalDate.of(2026, 3, 28)).getFirst();

        assertThat(Duration.between(overnight.start(), overnight.end())).isEqualTo(Duration.ofHours(8));
        assertThat(overnight.end().atZone(MADRID).toLocalTime()).isEqualTo(LocalTime.of(8, 0));
    }

    @Test
    void at_most_104_occurrences_are_generated() {
        WeeklySlot monday = slot(DayOfWeek.MONDAY, 18, 0, Duration.ofHours(1), MADRID);
        LocalDate first = LocalDate.of(2026, 1, 5);

        assertThat(WeeklySeries.generate(monday, first, first.plusWeeks(103))).hasSize(104);
        assertThat(WeeklySeries.generate(monday, first, first.plusWeeks(104).minusDays(1))).hasSize(104);
        assertRefusedOnTo(() -> WeeklySeries.generate(monday, first, first.plusWeeks(104)), "session.series.too-many");
        assertRefusedOnTo(() -> WeeklySeries.generate(monday, first, first.plusYears(50)), "session.series.too-many");
    }

    @Test
    void end_date_before_start_date_is_refused_but_one_day_is_fine() {
        WeeklySlot monday = slot(DayOfWeek.MONDAY, 18, 0, Duration.ofHours(1), MADRID);
        LocalDate aMonday = LocalDate.of(2026, 1, 5);

        assertThat(WeeklySeries.generate(monday, aMonday, aMonday)).hasSize(1);
        assertRefusedOnTo(() -> WeeklySeries.generate(monday, aMonday, aMonday.minusDays(1)),
                "session.series.to-before-from");
    }

    @Test
    void dates_without_the_slot_weekday_are_refused() {
        WeeklySlot thursday = slot(DayOfWeek.THURSDAY, 18, 0, Duration.ofHours(1), MADRID);

        assertRefusedOnTo(() -> WeeklySeries.generate(thursday, LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 7)),
                "session.series.empty");
    }
}
