package org.mutual.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** {@code /groups}: the list and the new-group dialog. */
public final class GroupsPage {

    private final BrowserTestBase test;

    GroupsPage(BrowserTestBase test) {
        this.test = test;
    }

    public static GroupsPage open(BrowserTestBase test) {
        test.driver().get(test.url("/groups"));
        test.waitFor(By.id("group-grid"));
        return new GroupsPage(test);
    }

    public GroupsPage openNewGroupForm() {
        test.waitFor(By.id("new-group")).click();
        test.waitFor(By.id("group-name"));
        return this;
    }

    public GroupsPage fill(String name, String focus, String capacity) {
        type("group-name", name);
        type("group-focus", focus);
        type("group-capacity", capacity);
        return this;
    }

    public void save() {
        test.waitFor(By.id("group-save")).click();
    }

    /** The error message shown under a form field, or empty text when it is valid. */
    public String errorOf(String fieldId) {
        WebElement field = test.waitFor(By.id(fieldId));
        test.waitUpTo(10).until(d -> field.getAttribute("invalid") != null
                && field.getDomProperty("errorMessage") != null && !field.getDomProperty("errorMessage").isEmpty());
        return field.getDomProperty("errorMessage");
    }

    public boolean formIsOpen() {
        return !test.driver().findElements(By.id("group-form")).isEmpty();
    }

    public void waitUntilFormClosed() {
        test.waitUpTo(30).until(ExpectedConditions.invisibilityOfElementLocated(By.id("group-name")));
    }

    /** Waits until a row with this text is rendered in the grid. */
    public void waitForRow(String text) {
        test.waitUpTo(30).until(d -> gridTexts().contains(text));
    }

    public List<String> gridTexts() {
        return test.driver().findElements(By.cssSelector("#group-grid vaadin-grid-cell-content")).stream()
                .map(WebElement::getText).toList();
    }

    private void type(String id, String text) {
        WebElement input = test.waitFor(By.cssSelector("#" + id + " input"));
        input.clear();
        input.sendKeys(text);
    }
}
