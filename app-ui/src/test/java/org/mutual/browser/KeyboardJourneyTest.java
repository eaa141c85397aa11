package org.mutual.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mutual.app.DemoData;
import org.mutual.app.DemoRecords;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A client's and a therapist's journey with the keyboard alone (Tab, Enter, Space, arrows and typing;
 * no clicks), where every control reached shows where the focus is. Also: the pages follow the
 * system's dark mode.
 */
class KeyboardJourneyTest extends BrowserTestBase {

    /**
     * The ids of the element that has the focus and of its ancestors, innermost first, through shadow
     * roots: a field's own input has an id of its own inside the component that carries the page's id.
     */
    private static final String FOCUSED_IDS = """
            let el = document.activeElement;
            while (el && el.shadowRoot && el.shadowRoot.activeElement) { el = el.shadowRoot.activeElement; }
            const ids = [];
            for (let e = el; e; e = e.parentElement || (e.getRootNode() && e.getRootNode().host)) {
                if (e.id) { ids.push(e.id); }
            }
            return ids;""";

    /**
     * What shows the focus on the focused element: its own outline or shadow, or (for Vaadin's fields,
     * where a text input inside draws nothing itself) that of the component around it or its parts.
     */
    private static final String FOCUS_INDICATOR = """
            const shows = (e, pseudo) => {
                const s = getComputedStyle(e, pseudo);
                const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
                const shadow = s.boxShadow && s.boxShadow !== 'none';
                return outline || shadow ? (e.tagName + (pseudo || '') + ' ' + (outline ? 'outline ' + s.outlineWidth
                        + ' ' + s.outlineColor : 'box-shadow ' + s.boxShadow)) : null;
            };
            let el = document.activeElement;
            while (el && el.shadowRoot && el.shadowRoot.activeElement) { el = el.shadowRoot.activeElement; }
            if (!el || el === document.body) { return null; }
            const candidates = [el];
            const host = el.closest('[focus-ring], [focused]') || (el.getRootNode() && el.getRootNode().host);
            if (host && host !== el) { candidates.push(host); }
            for (const c of candidates) {
                for (const pseudo of [null, '::before', '::after']) {
                    const found = shows(c, pseudo);
                    if (found) { return found; }
                }
                if (c.shadowRoot) {
                    for (const part of c.shadowRoot.querySelectorAll('[part]')) {
                        for (const pseudo of [null, '::before', '::after']) {
                            const found = shows(part, pseudo);
                            if (found) { return found + ' (part ' + part.getAttribute('part') + ')'; }
                        }
                    }
                }
            }
            return null;""";

    @Autowired ApplicationContext app;

    private final List<String> withoutVisibleFocus = new ArrayList<>();

    @Test
    void a_client_hands_in_homework_with_the_keyboard_only() {
        LiveSession live = LiveSession.of(app);
        signInWithKeyboard("client");
        waitFor(By.id("my-homework"));

        // The list is a grid: Tab reaches it, the arrows move between rows, Enter reaches the link in the row.
        String link = "my-homework-link-" + live.homework();
        waitFor(By.id(link));
        tabTo("my-homework-open");
        for (int i = 0; i < 30 && !focusedRowHolds("my-homework-open", link); i++) {
            press(Keys.ARROW_DOWN);
        }
        assertThat(focusedRowHolds("my-homework-open", link)).as("row of the homework reached with the arrows").isTrue();
        press(Keys.ENTER);
        assertThat(focusedIds()).contains(link);
        press(Keys.ENTER);
        waitFor(By.id("my-homework-item"));
        tabTo("homework-reflection");
        type("Saying no was easier than I feared.");
        tabTo("homework-submit");
        press(Keys.ENTER);
        waitFor(By.id("homework-submit-confirm-button"));
        tabTo("homework-submit-confirm-button");
        press(Keys.SPACE);

        waitFor(By.id("homework-locked"));
        assertThat(waitFor(By.id("homework-reflection")).getDomProperty("value"))
                .isEqualTo("Saying no was easier than I feared.");
        assertThat(withoutVisibleFocus).as("steps where the focused control showed no focus indicator").isEmpty();
    }

    @Test
    void a_therapist_takes_attendance_and_records_a_turn_with_the_keyboard_only() {
        LiveSession live = LiveSession.of(app);
        signInWithKeyboard("therapist");
        driver.get(url("/sessions/" + live.session()));
        waitFor(By.id("session-title"));

        String late = "attendance-" + live.morgan() + "-LATE";
        tabTo(late);
        press(Keys.SPACE);
        waitUpTo(30).until(d -> "true".equals(d.findElement(By.id(late)).getAttribute("aria-pressed")));
        assertThat(focusedIds()).as("focus stays on the choice just made").contains(late);
        String present = "attendance-" + live.morgan() + "-PRESENT";
        press(Keys.SHIFT, Keys.TAB);
        assertThat(focusedIds()).contains(present);
        press(Keys.ENTER);
        waitUpTo(30).until(d -> "true".equals(d.findElement(By.id(present)).getAttribute("aria-pressed")));

        // The tabs, above the attendance: Shift+Tab reaches the selected one, the arrows move along, Enter opens.
        tabTo(e -> driver.findElements(By.cssSelector("#session-tabs vaadin-tab[focused]")).size() == 1, true);
        for (int i = 0; i < 5 && !focusedTabText().equals("Record"); i++) {
            press(Keys.ARROW_RIGHT);
        }
        assertThat(focusedTabText()).isEqualTo("Record");
        press(Keys.ENTER);
        waitFor(By.id("record-panel"));

        By counter = By.cssSelector("#record-panel [id$='-turns_a-value']");
        String plus = waitFor(By.cssSelector("#record-panel [id$='-turns_a-plus']")).getAttribute("id");
        int before = Integer.parseInt(waitFor(counter).getText());
        tabTo(plus);
        press(Keys.ENTER);
        waitUpTo(30).until(d -> d.findElement(counter).getText().equals(String.valueOf(before + 1)));
        assertThat(focusedIds()).as("focus stays on the counter just bumped").contains(plus);
        press(Keys.SPACE);
        waitUpTo(30).until(d -> d.findElement(counter).getText().equals(String.valueOf(before + 2)));
        assertThat(withoutVisibleFocus).as("steps where the focused control showed no focus indicator").isEmpty();
    }

    @Test
    void pages_follow_the_system_dark_mode() {
        Devices.preferDark(driver, false);
        driver.get(url("/login"));
        waitFor(By.cssSelector("vaadin-login-form"));
        double light = backgroundLuminance();
        Devices.preferDark(driver, true);
        driver.get(url("/login"));
        waitFor(By.cssSelector("vaadin-login-form"));
        double dark = backgroundLuminance();
        loginPage().signInAs("client", DemoData.PASSWORD);
        driver.get(url("/my/homework/" + DemoRecords.of(app).caseysHomework()));
        waitFor(By.id("my-homework-item"));
        double darkPortal = backgroundLuminance();
        Devices.preferDark(driver, false);

        assertThat(light).as("page background luminance, light system").isGreaterThan(0.8);
        assertThat(dark).as("page background luminance, dark system").isLessThan(0.1);
        assertThat(darkPortal).as("client portal background luminance, dark system").isLessThan(0.1);
    }

    private void signInWithKeyboard(String username) {
        driver.get(url("/login"));
        waitFor(By.cssSelector("#vaadinLoginUsername input"));
        tabTo("vaadinLoginUsername");
        type(username);
        tabTo("vaadinLoginPassword");
        type(DemoData.PASSWORD);
        press(Keys.ENTER);
        waitFor(By.id("current-user"));
    }

    /** Presses Tab until the element with this id (or a control inside it) has the focus. */
    private void tabTo(String id) {
        tabTo(d -> focusedIds().contains(id), false);
    }

    /** Presses Tab (or Shift+Tab, {@code backwards}) until reached; then the focus must be visible. */
    private void tabTo(java.util.function.Predicate<Void> reached, boolean backwards) {
        for (int i = 0; i < 200 && !reached.test(null); i++) {
            if (backwards) {
                press(Keys.SHIFT, Keys.TAB);
            } else {
                press(Keys.TAB);
            }
        }
        assertThat(reached.test(null)).as("reached with Tab, now on " + focusedIds()).isTrue();
        String indicator = (String) driver.executeScript(FOCUS_INDICATOR);
        if (indicator == null) {
            withoutVisibleFocus.add(String.valueOf(focusedIds()));
        }
    }

    private void press(CharSequence... keys) {
        Actions actions = new Actions(driver);
        if (keys.length == 2 && keys[0] == Keys.SHIFT) {
            actions.keyDown(Keys.SHIFT).sendKeys(keys[1]).keyUp(Keys.SHIFT);
        } else {
            actions.sendKeys(keys);
        }
        actions.perform();
    }

    private void type(String text) {
        new Actions(driver).sendKeys(text).perform();
    }

    @SuppressWarnings("unchecked")
    private List<String> focusedIds() {
        return (List<String>) driver.executeScript(FOCUSED_IDS);
    }

    /** Whether the grid's focused cell shows the element with this id. */
    private boolean focusedRowHolds(String gridId, String id) {
        return Boolean.TRUE.equals(driver.executeScript("""
                const grid = document.getElementById(arguments[0]);
                const cell = grid && grid.shadowRoot && grid.shadowRoot.activeElement;
                const slot = cell && cell.querySelector('slot');
                return !!slot && slot.assignedElements().some(c => c.querySelector('#' + arguments[1]) !== null);""",
                gridId, id));
    }

    private String focusedTabText() {
        return driver.findElements(By.cssSelector("#session-tabs vaadin-tab[focused]")).stream().findFirst()
                .map(t -> t.getText()).orElse("");
    }

    /** The relative luminance (0 black … 1 white) of the page's background colour. */
    private double backgroundLuminance() {
        Number luminance = (Number) driver.executeScript("""
                const bg = el => getComputedStyle(el).backgroundColor;
                let color = bg(document.body);
                if (color === 'rgba(0, 0, 0, 0)' || color === 'transparent') { color = bg(document.documentElement); }
                const [r, g, b] = color.match(/[\\d.]+/g).slice(0, 3).map(Number).map(v => v / 255)
                        .map(v => v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4));
                return 0.2126 * r + 0.7152 * g + 0.0722 * b;""");
        return luminance.doubleValue();
    }
}
