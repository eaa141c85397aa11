package org.mutual.ui.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FormatsTest {

    static final Instant WINTER_EVENING = Instant.parse("2026-11-26T17:03:12Z");
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void the_audit_logs_time_is_to_the_second_in_the_practice_zone_and_the_readers_language() {
        assertThat(new Formats(BERLIN, Locale.ENGLISH).dateTimeToTheSecond(WINTER_EVENING))
                .contains("Nov 26, 2026").contains("6:03:12");
        assertThat(new Formats(BERLIN, Locale.forLanguageTag("es")).dateTimeToTheSecond(WINTER_EVENING))
                .contains("26 nov 2026").contains("18:03:12");
        assertThat(new Formats(BERLIN, Locale.ENGLISH).dateTimeToTheSecond(null)).isEmpty();
    }
}
