package org.mutual.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mutual.app.DemoData;
import org.mutual.domain.audit.AuditEntry;
import org.mutual.domain.audit.AuditOutcome;
import org.mutual.domain.audit.AuditRepository;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The homework loop: the therapist assigns an exercise's homework to the whole group, the client
 * answers its prompts, writes a reflection and submits it, the therapist reviews it from the
 * dashboard with feedback, the client reads the feedback — and another client who guesses its
 * address is refused, with an audit entry.
 */
class HomeworkJourneyTest extends BrowserTestBase {

    static final String TITLE = "Ask a neighbour for a small favour";

    @Autowired AuditRepository audit;

    @Test
    void assign_answer_review_and_read_feedback() {
        loginPage().signInAs("therapist", DemoData.PASSWORD);
        GroupsPage.open(this).waitForRow("Tuesday evening group");
        driver.findElement(By.linkText("Tuesday evening group")).click();
        GroupPage group = new GroupPage(this);
        group.showTab("Homework");
        click(waitFor(By.id("homework-assign-open")));
        WebElement exercise = waitFor(By.cssSelector("#homework-exercise input"));
        exercise.sendKeys("Small experiments");
        waitUpTo(30).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("vaadin-combo-box-item")));
        exercise.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        WebElement title = waitFor(By.cssSelector("#homework-title input"));
        waitUpTo(30).until(d -> !title.getDomProperty("value").isEmpty());
        title.sendKeys(Keys.chord(Keys.CONTROL, "a"), TITLE);
        assertThat(waitFor(By.cssSelector("#homework-instructions textarea")).getDomProperty("value")).isNotBlank();
        screenshot("therapist-assign-homework");
        click(waitFor(By.id("homework-assign-submit")));
        waitUpTo(30).until(ExpectedConditions.invisibilityOfElementLocated(By.id("homework-assign-dialog")));
        waitUpTo(30).until(d -> d.findElement(By.id("homework-board")).getText().contains(TITLE));
        // Every active member got their own: Casey and Jordan among them.
        List<WebElement> cells = driver.findElements(By.cssSelector("#homework-board-grid [id^='homework-cell-']"));
        assertThat(cells).hasSizeGreaterThanOrEqualTo(2);
        loginPage().logOut();

        loginPage().signInAs("client", DemoData.PASSWORD);
        waitFor(By.id("my-homework"));
        WebElement link = waitUpTo(30).until(d -> d.findElements(By.cssSelector("#my-homework-open a")).stream()
                .filter(a -> a.getText().equals(TITLE)).findFirst().orElse(null));
        String homeworkId = link.getAttribute("id").replace("my-homework-link-", "");
        driver.manage().window().setSize(new Dimension(375, 667));
        screenshot("client-homework-phone");
        click(link);
        waitFor(By.id("homework-title"));
        assertThat(driver.getCurrentUrl()).endsWith("/my/homework/" + homeworkId);
        waitFor(By.cssSelector("#homework-answer-ask input")).sendKeys("Could you water my plants?");
        radio("homework-answer-response", "willing");
        radio("homework-answer-felt", "7");
        waitFor(By.cssSelector("#homework-reflection textarea"))
                .sendKeys("Asking was harder than the favour itself.");
        click(waitFor(By.id("homework-save")));
        waitUpTo(30).until(d -> !d.findElement(By.id("homework-draft-state")).getText().isEmpty());
        driver.navigate().refresh();
        assertThat(waitFor(By.cssSelector("#homework-reflection textarea")).getDomProperty("value"))
                .isEqualTo("Asking was harder than the favour itself.");
        screenshot("client-homework-item-phone");
        click(waitFor(By.id("homework-submit")));
        click(waitFor(By.id("homework-submit-confirm-button")));
        waitFor(By.id("homework-locked"));
        assertThat(waitFor(By.cssSelector("#homework-reflection textarea")).getAttribute("readonly")).isNotNull();
        assertThat(driver.findElements(By.id("homework-submit"))).isEmpty();
        driver.manage().window().setSize(new Dimension(1280, 900));
        loginPage().logOut();

        loginPage().signInAs("therapist", DemoData.PASSWORD);
        // The newest is last; a long list scrolls, and only the rows in view are in the page.
        WebElement open = waitUpTo(30).until(d -> {
            ((JavascriptExecutor) d).executeScript("const grid = document.getElementById('dashboard-homework-grid');"
                    + " if (grid) { grid.scrollToIndex(grid.size - 1); }");
            return d.findElements(By.id("dashboard-homework-open-" + homeworkId)).stream().findFirst().orElse(null);
        });
        click(open);
        assertThat(waitFor(By.id("homework-review-reflection")).getText())
                .isEqualTo("Asking was harder than the favour itself.");
        assertThat(waitFor(By.id("homework-summary-felt")).getText()).contains("7");
        waitFor(By.cssSelector("#homework-feedback textarea")).sendKeys("Noticing that is the whole point. Well done.");
        screenshot("therapist-review-homework");
        click(waitFor(By.id("homework-review-submit")));
        waitUpTo(30).until(d -> {
            ((JavascriptExecutor) d).executeScript("const grid = document.getElementById('dashboard-homework-grid');"
                    + " if (grid) { grid.scrollToIndex(grid.size - 1); }");
            return d.findElements(By.id("dashboard-homework-open-" + homeworkId)).isEmpty();
        });
        loginPage().logOut();

        loginPage().signInAs("client", DemoData.PASSWORD);
        driver.get(url("/my/homework/" + homeworkId));
        assertThat(waitFor(By.id("homework-feedback-text")).getText())
                .isEqualTo("Noticing that is the whole point. Well done.");
        assertThat(waitFor(By.cssSelector(".homework-status")).getAttribute("data-status")).isEqualTo("REVIEWED");
        loginPage().logOut();

        loginPage().signInAs("client2", DemoData.PASSWORD);
        long before = audit.count();
        driver.get(url("/my/homework/" + homeworkId));
        waitFor(By.id("access-denied"));
        assertThat(driver.getPageSource()).doesNotContain("Asking was harder").doesNotContain("water my plants");
        List<AuditEntry> latest = audit.latest(0, (int) (audit.count() - before));
        assertThat(latest).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("homework.read");
            assertThat(e.recordId()).isEqualTo("homework:" + homeworkId);
            assertThat(e.outcome()).isEqualTo(AuditOutcome.DENIED);
        });
    }

    private void radio(String groupId, String label) {
        WebElement option = waitUpTo(30).until(d -> d.findElements(By.cssSelector("#" + groupId + " vaadin-radio-button"))
                .stream().filter(r -> r.getText().equals(label)).findFirst().orElse(null));
        click(option.findElement(By.cssSelector("input")));
    }
}
