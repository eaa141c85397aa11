package org.mutual.browser;

import java.time.LocalDate;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** {@code /groups/{id}}: members, sessions and the dialogs that change them. */
public final class GroupPage {

    private final BrowserTestBase test;

    GroupPage(BrowserTestBase test) {
        this.test = test;
        test.waitFor(By.id("group-title"));
    }

    public static GroupPage open(BrowserTestBase test, String groupId) {
        test.driver().get(test.url("/groups/" + groupId));
        return new GroupPage(test);
    }

    public String groupId() {
        String url = test.driver().getCurrentUrl();
        return url.substring(url.lastIndexOf('/') + 1);
    }

    public GroupPage generateWeeklySessions(LocalDate from, LocalDate to, String room) {
        test.waitFor(By.id("generate-sessions")).click();
        setDate("series-from", from);
        setDate("series-to", to);
        type("series-place", room);
        test.waitFor(By.id("series-submit")).click();
        test.waitUpTo(30).until(ExpectedConditions.invisibilityOfElementLocated(By.id("series-dialog")));
        return this;
    }

    public GroupPage addMember(String legalName, String preferredName, String email) {
        test.waitFor(By.id("add-member")).click();
        type("member-legal-name", legalName);
        type("member-preferred-name", preferredName);
        type("member-email", email);
        test.waitFor(By.id("member-submit")).click();
        test.waitUpTo(30).until(ExpectedConditions.invisibilityOfElementLocated(By.id("member-dialog")));
        test.waitUpTo(30).until(d -> memberTexts().stream().anyMatch(t -> t.startsWith(preferredName + " (")));
        return this;
    }

    /** The client id behind a member's name link. */
    public String clientIdOf(String preferredName) {
        WebElement link = test.driver().findElements(By.cssSelector("#member-grid vaadin-grid-cell-content a")).stream()
                .filter(a -> a.getText().startsWith(preferredName + " (")).findFirst().orElseThrow();
        String href = link.getAttribute("href");
        return href.substring(href.lastIndexOf('/') + 1);
    }

    public GroupPage leave(String clientId, LocalDate lastDay, String reason) {
        test.waitFor(By.id("leave-" + clientId)).click();
        setDate("leave-date", lastDay);
        test.waitFor(By.cssSelector("#leave-reason textarea")).sendKeys(reason);
        test.waitFor(By.id("leave-submit")).click();
        test.waitUpTo(30).until(ExpectedConditions.invisibilityOfElementLocated(By.id("leave-dialog")));
        test.waitUpTo(30).until(d -> d.findElements(By.id("leave-" + clientId)).isEmpty());
        return this;
    }

    public List<String> memberTexts() {
        return test.driver().findElements(By.cssSelector("#member-grid vaadin-grid-cell-content")).stream()
                .map(WebElement::getText).toList();
    }

    public GroupPage showTab(String name) {
        test.waitUpTo(30).until(d -> d.findElements(By.cssSelector("#group-tabs vaadin-tab")).stream()
                .anyMatch(t -> t.getText().equals(name)));
        test.driver().findElements(By.cssSelector("#group-tabs vaadin-tab")).stream()
                .filter(t -> t.getText().equals(name)).findFirst().orElseThrow().click();
        return this;
    }

    public GroupPage showSessions() {
        test.driver().findElements(By.cssSelector("#group-tabs vaadin-tab")).stream()
                .filter(t -> t.getText().equals("Sessions")).findFirst().orElseThrow().click();
        test.waitFor(By.id("upcoming-sessions"));
        return this;
    }

    /** The links of the upcoming sessions, in date order. */
    public List<WebElement> upcomingSessionLinks() {
        return test.driver().findElements(By.cssSelector("#upcoming-sessions vaadin-grid-cell-content a"));
    }

    public SessionPage openUpcomingSession(int index) {
        test.waitUpTo(30).until(d -> upcomingSessionLinks().size() > index);
        upcomingSessionLinks().get(index).click();
        return new SessionPage(test);
    }

    private void setDate(String id, LocalDate date) {
        WebElement picker = test.waitFor(By.id(id));
        ((JavascriptExecutor) test.driver()).executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new CustomEvent('change'));",
                picker, date.toString());
    }

    private void type(String id, String text) {
        WebElement input = test.waitFor(By.cssSelector("#" + id + " input"));
        input.clear();
        input.sendKeys(text);
    }
}
