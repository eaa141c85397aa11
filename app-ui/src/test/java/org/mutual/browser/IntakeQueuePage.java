package org.mutual.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** {@code /intakes} and one submission: what a therapist sees of the intake. */
public final class IntakeQueuePage {

    private final BrowserTestBase test;

    private IntakeQueuePage(BrowserTestBase test) {
        this.test = test;
        test.waitFor(By.id("intake-grid"));
    }

    public static IntakeQueuePage open(BrowserTestBase test) {
        test.driver().get(test.url("/intakes"));
        return new IntakeQueuePage(test);
    }

    /** Opens the submission whose row shows this preferred name. */
    public IntakeQueuePage openRow(String preferredName) {
        WebElement cell = test.waitUpTo(30).until(d -> d.findElements(By.cssSelector("#intake-grid vaadin-grid-cell-content"))
                .stream().filter(c -> c.getText().equals(preferredName)).findFirst().orElse(null));
        test.click(cell);
        test.waitFor(By.id("intake-detail-name"));
        return this;
    }

    public String text(String id) {
        return test.waitFor(By.id(id)).getText();
    }

    /** Fills the invite dialog and submits it; the dialog stays open when a field is refused. */
    public IntakeQueuePage invite(String groupName, String username) {
        if (test.driver().findElements(By.id("invite-dialog")).isEmpty()) {
            test.click(test.waitFor(By.id("intake-invite")));
            test.waitFor(By.id("invite-group")).click();
            test.waitFor(By.xpath("//vaadin-select-item[normalize-space()='" + groupName + "']")).click();
        }
        WebElement input = test.waitFor(By.cssSelector("#invite-username input"));
        input.clear();
        input.sendKeys(username);
        test.click(test.waitFor(By.id("invite-submit")));
        return this;
    }

    public String errorOf(String fieldId) {
        WebElement field = test.waitFor(By.id(fieldId));
        test.waitUpTo(30).until(d -> field.getAttribute("invalid") != null
                && !String.valueOf(field.getDomProperty("errorMessage")).isBlank());
        return field.getDomProperty("errorMessage");
    }

    /** The one-time set-password link the dialog shows after an invitation; closes the dialog. */
    public String passwordLink() {
        WebElement field = test.waitFor(By.id("password-link"));
        String link = field.getDomProperty("value");
        test.click(test.waitFor(By.id("password-link-close")));
        test.waitUpTo(30).until(ExpectedConditions.invisibilityOfElementLocated(By.id("password-link-dialog")));
        return link;
    }
}
