package org.mutual.ui.base;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.TabSheet;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Tabs build when first shown; a released tab holds nothing while hidden and comes back whole. */
class LazyTabTest extends BrowserlessTest {

    private final AtomicInteger attendanceBuilds = new AtomicInteger();
    private final AtomicInteger attendanceReleases = new AtomicInteger();
    private final AtomicInteger notesBuilds = new AtomicInteger();
    private final LazyTab attendance = LazyTab.releasedWhenHidden(() -> {
        attendanceBuilds.incrementAndGet();
        return new Span("roster");
    }, attendanceReleases::incrementAndGet);
    private final LazyTab notes = new LazyTab(() -> {
        notesBuilds.incrementAndGet();
        return new Span("draft");
    });
    private final TabSheet sheet = new TabSheet();

    @Test
    void only_the_shown_tab_is_built() {
        show();

        assertThat(attendance.getChildren()).hasSize(1);
        assertThat(notes.getChildren()).isEmpty();
        assertThat(notesBuilds).hasValue(0);
    }

    @Test
    void a_released_tab_lets_go_while_hidden_and_is_rebuilt_when_shown_again() {
        show();

        sheet.setSelectedIndex(1);
        roundTrip();
        assertThat(attendance.getChildren()).isEmpty();
        assertThat(attendanceReleases).hasValue(1);
        assertThat(notes.getChildren()).hasSize(1);

        sheet.setSelectedIndex(0);
        roundTrip();
        assertThat(attendance.getChildren()).hasSize(1);
        assertThat(attendanceBuilds).hasValue(2);
    }

    @Test
    void a_tab_not_made_releasable_keeps_its_content_once_built() {
        show();
        sheet.setSelectedIndex(1);
        roundTrip();
        Span draft = (Span) notes.getChildren().findFirst().orElseThrow();

        sheet.setSelectedIndex(0);
        roundTrip();
        sheet.setSelectedIndex(1);
        roundTrip();

        assertThat(notes.getChildren()).containsExactly(draft);
        assertThat(notesBuilds).hasValue(1);
    }

    private void show() {
        sheet.add("Attendance", attendance);
        sheet.add("Notes", notes);
        UI.getCurrent().add(sheet);
        roundTrip();
    }
}
