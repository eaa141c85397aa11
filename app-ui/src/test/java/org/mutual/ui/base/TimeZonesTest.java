package org.mutual.ui.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class TimeZonesTest {

    @Test
    void the_zones_to_pick_from_are_javas_region_ids_without_the_ones_ical4j_registers() {
        assertThat(ZoneId.getAvailableZoneIds()).as("ical4j on the class path adds its own ids")
                .anyMatch(id -> id.startsWith("ical4j~"));

        assertThat(TimeZones.selectable())
                .contains("Europe/Madrid", "America/New_York", "Etc/UTC")
                .noneMatch(id -> id.contains("~"))
                .isSorted();
    }
}
