package org.mutual.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** {@code /admin/users}: the account list, the new-account dialog and the link it shows. */
public final class UsersPage {

    private final BrowserTestBase test;

    UsersPage(BrowserTestBase test) {
        this.test = test;
    }

    public static UsersPage open(BrowserTestBase test) {
        test.driver().get(test.url("/admin/users"));
        test.waitFor(By.id("user-grid"));
        return new UsersPage(test);
    }

    public UsersPage openNewAccountForm() {
        test.waitFor(By.id("new-account")).click();
        test.waitFor(By.id("account-username"));
        return this;
    }

    public UsersPage fill(String username, String displayName, String email) {
        type("account-username", username);
        type("account-display-name", displayName);
        type("account-email", email);
        return this;
    }

    public void save() {
        test.waitFor(By.id("account-save")).click();
    }

    /** Waits for an error message under a form field and returns it. */
    public String errorOf(String fieldId) {
        WebElement field = test.waitFor(By.id(fieldId));
        test.waitUpTo(10).until(d -> field.getAttribute("invalid") != null
                && !String.valueOf(field.getDomProperty("errorMessage")).isBlank());
        return field.getDomProperty("errorMessage");
    }

    /** Waits for the dialog with the set-password link and returns the link. */
    public String passwordLink() {
        WebElement link = test.waitFor(By.id("password-link"));
        test.waitUpTo(10).until(d -> !String.valueOf(link.getDomProperty("value")).isEmpty());
        return link.getDomProperty("value");
    }

    public void copyLink() {
        test.waitFor(By.id("password-link-copy")).click();
    }

    /** Waits until a notification with this text shows. */
    public void waitForNotification(String text) {
        test.waitUpTo(30).until(d -> d.findElements(By.cssSelector("vaadin-notification-card")).stream()
                .anyMatch(card -> card.getText().equals(text)));
    }

    public void closeLinkDialog() {
        test.waitFor(By.id("password-link-close")).click();
        test.waitUpTo(30).until(ExpectedConditions.invisibilityOfElementLocated(By.id("password-link")));
    }

    /** Searches and waits until the grid shows exactly one account, the one with this username. */
    public UsersPage showOnly(String username) {
        type("user-search", username);
        WebElement grid = test.waitFor(By.id("user-grid"));
        test.waitUpTo(30).until(d -> Long.valueOf(1).equals(((JavascriptExecutor) test.driver()).executeScript("return arguments[0].size", grid))
                && gridTexts().contains(username));
        return this;
    }

    /** Picks a role in the filter and waits until the grid shows this many accounts. */
    public UsersPage filterByRole(String role, int expectedRows) {
        test.waitFor(By.id("user-role-filter")).click();
        test.waitFor(By.xpath("//vaadin-select-item[normalize-space()='" + role + "']")).click();
        WebElement grid = test.waitFor(By.id("user-grid"));
        test.waitUpTo(30).until(d -> Long.valueOf(expectedRows).equals(
                ((JavascriptExecutor) test.driver()).executeScript("return arguments[0].size", grid)));
        return this;
    }

    public void deactivate(String username) {
        test.waitFor(By.id("deactivate-" + username)).click();
        test.waitFor(By.id("confirm-deactivate-button")).click();
        test.waitFor(By.id("reactivate-" + username));
    }

    public void reactivate(String username) {
        test.waitFor(By.id("reactivate-" + username)).click();
        test.waitFor(By.id("deactivate-" + username));
    }

    public boolean canDeactivate(String username) {
        return test.waitFor(By.id("deactivate-" + username)).getDomAttribute("disabled") == null;
    }

    /** Waits until a cell with this text is rendered in the grid. */
    public void waitForCell(String text) {
        test.waitUpTo(30).until(d -> gridTexts().contains(text));
    }

    public List<String> gridTexts() {
        return test.driver().findElements(By.cssSelector("#user-grid vaadin-grid-cell-content")).stream()
                .map(WebElement::getText).toList();
    }

    private void type(String id, String text) {
        WebElement input = test.waitFor(By.cssSelector("#" + id + " input"));
        input.clear();
        input.sendKeys(text);
    }
}
