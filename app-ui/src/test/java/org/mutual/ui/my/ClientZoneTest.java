package org.mutual.ui.my;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.page.ExtendedClientDetails;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mutual.domain.schedule.PracticeZone;

/** A client's page is drawn once, in the zone their browser reported when the page started. */
class ClientZoneTest extends BrowserlessTest {

    private static final PracticeZone PRACTICE = new PracticeZone(ZoneId.of("Europe/Madrid"));

    @Test
    void a_zone_the_browser_already_reported_draws_the_page_once_in_that_zone() {
        UI ui = uiWhoseBrowserSaid(Map.of("v-tzid", "Pacific/Auckland", "v-sw", "390", "v-sh", "844"));
        List<ZoneId> drawn = new ArrayList<>();

        ClientZone.resolve(ui, PRACTICE, drawn::add);

        assertThat(drawn).containsExactly(ZoneId.of("Pacific/Auckland"));
    }

    @Test
    void a_browser_that_named_no_valid_zone_gets_the_practice_zone_once() {
        UI blank = uiWhoseBrowserSaid(Map.of("v-tzid", "", "v-sw", "390", "v-sh", "844"));
        UI unknown = uiWhoseBrowserSaid(Map.of("v-tzid", "Mars/Olympus_Mons", "v-sw", "390", "v-sh", "844"));
        List<ZoneId> drawn = new ArrayList<>();

        ClientZone.resolve(blank, PRACTICE, drawn::add);
        ClientZone.resolve(unknown, PRACTICE, drawn::add);

        assertThat(drawn).containsExactly(PRACTICE.zone(), PRACTICE.zone());
    }

    @Test
    void until_the_browser_answers_the_page_is_drawn_in_the_practice_zone() {
        List<ZoneId> drawn = new ArrayList<>();

        ClientZone.resolve(UI.getCurrent(), PRACTICE, drawn::add);

        assertThat(drawn).containsExactly(PRACTICE.zone());
    }

    private static UI uiWhoseBrowserSaid(Map<String, String> parameters) {
        UI ui = new UI();
        ExtendedClientDetails.updateFromValues(ui, parameters::get);
        return ui;
    }
}
