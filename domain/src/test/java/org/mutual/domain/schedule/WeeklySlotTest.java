package org.mutual.domain.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.mutual.domain.base.ValidationException;

class WeeklySlotTest {

    static final ZoneId MADRID = ZoneId.of("Europe/Madrid");

    @Test
    void duration_from_15_minutes_to_8_hours_is_accepted() {
        assertThat(WeeklySlot.of(DayOfWeek.MONDAY, LocalTime.of(18, 0), Duration.ofMinutes(15), MADRID).duration())
                .isEqualTo(Duration.ofMinutes(15));
        assertThat(WeeklySlot.of(DayOfWeek.MONDAY, LocalTime.of(9, 0), Duration.ofHours(8), MADRID).duration())
                .isEqualTo(Duration.ofHours(8));
        for (Duration duration : new Duration[] {Duration.ofMinutes(14), Duration.ofHours(8).plusMinutes(1),
                Duration.ZERO, Duration.ofMinutes(-90)}) {
            assertThatThrownBy(() -> WeeklySlot.of(DayOfWeek.MONDAY, LocalTime.of(18, 0), duration, MADRID))
                    .as(duration.toString())
                    .isInstanceOfSatisfying(ValidationException.class, e -> {
                        ValidationException.FieldError error = e.byField().get("duration");
                        assertThat(error.messageKey()).isEqualTo("session.duration.range");
                        assertThat(error.args()).containsExactly(15L, 480L);
                    });
        }
    }

    @Test
    void missing_slot_fields_are_all_reported() {
        assertThatThrownBy(() -> WeeklySlot.of(null, null, null, null))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.byField()).containsOnlyKeys("day", "start", "duration", "zone"));
    }

    @Test
    void location_needs_a_room_or_a_video_link_and_may_have_both() {
        assertThat(SessionLocation.of(" Room 2 ", " ")).isEqualTo(new SessionLocation("Room 2", null));
        assertThat(SessionLocation.of(null, "https://meet.example.org/abc"))
                .isEqualTo(new SessionLocation(null, "https://meet.example.org/abc"));
        assertThat(SessionLocation.of("Room 2", "https://meet.example.org/abc").place()).isEqualTo("Room 2");
        assertThatThrownBy(() -> SessionLocation.of(" ", null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(
                        e.byField().get("place").messageKey()).isEqualTo("session.location.required"));
    }

    @Test
    void video_link_must_be_an_https_url() {
        for (String link : new String[] {"http://meet.example.org/abc", "meet.example.org/abc", "https://",
                "https://meet example.org", "javascript:alert(1)"}) {
            assertThatThrownBy(() -> SessionLocation.of("Room 2", link))
                    .as(link)
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(
                            e.byField().get("videoLink").messageKey()).isEqualTo("session.video-link.https"));
        }
    }

    @Test
    void overlong_room_and_link_are_refused() {
        String longLink = "https://meet.example.org/" + "a".repeat(SessionLocation.VIDEO_LINK_MAX);
        assertThatThrownBy(() -> SessionLocation.of("r".repeat(201), longLink))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.byField().get("place").messageKey()).isEqualTo("validation.too-long");
                    assertThat(e.byField().get("videoLink").messageKey()).isEqualTo("validation.too-long");
                });
    }
}
