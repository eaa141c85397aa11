package org.mutual.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mutual.app.DemoData;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A session from plan to signed note: plan two built-in exercises and reorder them, choose the one
 * being run on the Record tab, record give-and-take turns for a pair (they survive a reload), write and sign the group note, find it
 * can't be edited any more, add an addendum.
 */
class SessionWorkJourneyTest extends BrowserTestBase {

    @Test
    void plan_record_and_sign_a_session() {
        loginPage().signInAs("therapist", DemoData.PASSWORD);
        GroupsPage.open(this).waitForRow("Tuesday evening group");
        driver.findElement(By.linkText("Tuesday evening group")).click();
        GroupPage group = new GroupPage(this);
        String casey = group.clientIdOf("Casey");
        group.showSessions().openUpcomingSession(0);
        String sessionUrl = driver.getCurrentUrl();

        tab("Plan");
        addToPlan("Give-and-take");
        addToPlan("Matching");
        assertThat(planTitles()).containsExactly("1. Give-and-take conversation", "2. Matching self-disclosure");
        click(waitFor(By.id("plan-down-0")));
        waitUpTo(30).until(d -> planTitles().getFirst().startsWith("1. Matching"));
        assertThat(waitFor(By.id("plan-total")).getText()).contains("of 90 minutes");

        tab("Record");
        // The tab opens on the first exercise of the plan; the one being run is chosen above its panel.
        assertThat(waitFor(By.cssSelector("#record-exercises vaadin-tab[selected]")).getText())
                .isEqualTo("1. Matching self-disclosure");
        runExercise("2. Give-and-take conversation");
        By turnsA = By.cssSelector("#record-panel [id$='-turns_a-plus']");
        By turnsB = By.cssSelector("#record-panel [id$='-turns_b-plus']");
        for (int i = 0; i < 3; i++) {
            tapAndWait(turnsA, "-turns_a-value", String.valueOf(i + 1));
        }
        for (int i = 0; i < 2; i++) {
            tapAndWait(turnsB, "-turns_b-value", String.valueOf(i + 1));
        }
        assertThat(driver.findElement(By.cssSelector("#record-panel [id^='balance-']")).getText()).contains("0.67");
        screenshot("therapist-record");

        driver.navigate().refresh();
        waitFor(By.id("session-title"));
        tab("Record");
        runExercise("2. Give-and-take conversation");
        assertThat(waitFor(By.cssSelector("#record-panel [id$='-turns_a-value']")).getText()).isEqualTo("3");
        assertThat(waitFor(By.cssSelector("#record-panel [id$='-turns_b-value']")).getText()).isEqualTo("2");

        tab("Notes");
        waitFor(By.cssSelector("#group-note-text textarea")).sendKeys("Pairs practised give-and-take; turns were uneven at first.");
        click(waitFor(By.id("group-note-sign")));
        waitFor(By.id("group-note-signed"));
        WebElement signed = waitFor(By.id("group-note-text"));
        assertThat(signed.getAttribute("readonly")).isNotNull();
        assertThat(driver.findElements(By.id("group-note-save"))).isEmpty();
        assertThat(signed.getDomProperty("value")).contains("turns were uneven");

        waitFor(By.cssSelector("#group-note-addendum textarea")).sendKeys("Correction: two pairs, not three.");
        click(waitFor(By.id("group-note-add-addendum")));
        waitUpTo(30).until(d -> d.findElements(By.cssSelector(".note-addendum")).stream()
                .anyMatch(e -> e.getText().contains("two pairs, not three")));

        driver.get(sessionUrl);
        waitFor(By.id("session-title"));
        tab("Notes");
        assertThat(waitFor(By.id("group-note-text")).getDomProperty("value")).contains("turns were uneven");

        driver.get(url("/clients/" + casey));
        WebElement chart = waitFor(By.cssSelector("#balance-chart svg"));
        assertThat(chart.findElements(By.tagName("circle"))).isNotEmpty();
        assertThat(waitFor(By.id("client-records")).getText()).contains("Give-and-take conversation");
        screenshot("therapist-client");
    }

    private void tab(String name) {
        waitUpTo(30).until(d -> d.findElements(By.cssSelector("#session-tabs vaadin-tab")).stream()
                .anyMatch(t -> t.getText().equals(name)));
        driver.findElements(By.cssSelector("#session-tabs vaadin-tab")).stream()
                .filter(t -> t.getText().equals(name)).findFirst().orElseThrow().click();
    }

    private void runExercise(String title) {
        By tabs = By.cssSelector("#record-exercises vaadin-tab");
        waitUpTo(30).until(d -> d.findElements(tabs).stream().anyMatch(t -> t.getText().equals(title)));
        click(driver.findElements(tabs).stream().filter(t -> t.getText().equals(title)).findFirst().orElseThrow());
        waitUpTo(30).until(d -> d.findElements(By.cssSelector("#record-exercises vaadin-tab[selected]")).stream()
                .anyMatch(t -> t.getText().equals(title)));
    }

    private void addToPlan(String search) {
        int before = planTitles().size();
        WebElement input = waitFor(By.cssSelector("#plan-exercise input"));
        input.sendKeys(search);
        waitUpTo(30).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("vaadin-combo-box-item")));
        input.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        click(waitFor(By.id("plan-add")));
        waitUpTo(30).until(d -> planTitles().size() == before + 1);
    }

    private List<String> planTitles() {
        return driver.findElements(By.cssSelector("#plan-panel .plan-item-title")).stream().map(WebElement::getText)
                .toList();
    }

    private void tapAndWait(By button, String valueSuffix, String expected) {
        click(waitFor(button));
        waitUpTo(30).until(d -> d.findElements(By.cssSelector("#record-panel [id$='" + valueSuffix + "']")).stream()
                .anyMatch(e -> e.getText().equals(expected)));
    }
}
