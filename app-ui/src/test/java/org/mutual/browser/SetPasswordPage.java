package org.mutual.browser;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** {@code /set-password/{token}}: the page a one-time link opens. */
public final class SetPasswordPage {

    private final WebDriver driver;

    private SetPasswordPage(WebDriver driver) {
        this.driver = driver;
    }

    /** Opens the link and waits until the page shows either the form or why the link can't be used. */
    public static SetPasswordPage open(WebDriver driver, String link) {
        driver.get(link);
        SetPasswordPage page = new SetPasswordPage(driver);
        page.waitUpTo(30).until(ExpectedConditions.or(
                ExpectedConditions.visibilityOfElementLocated(By.id("new-password")),
                ExpectedConditions.visibilityOfElementLocated(By.id("set-password-problem"))));
        return page;
    }

    public String accountText() {
        return waitFor(By.id("set-password-account")).getText();
    }

    public SetPasswordPage submit(String password, String repeat) {
        type("new-password", password);
        type("repeat-password", repeat);
        waitFor(By.id("set-password-submit")).click();
        return this;
    }

    /** Waits for an error message under a field and returns it. */
    public String errorOf(String fieldId) {
        WebElement field = waitFor(By.id(fieldId));
        waitUpTo(10).until(d -> field.getAttribute("invalid") != null
                && !String.valueOf(field.getDomProperty("errorMessage")).isBlank());
        return field.getDomProperty("errorMessage");
    }

    public String doneText() {
        return waitFor(By.id("set-password-done")).getText();
    }

    public String problemText() {
        return waitFor(By.id("set-password-problem")).getText();
    }

    public boolean formIsShown() {
        return !driver.findElements(By.id("new-password")).isEmpty();
    }

    public void goToLogin() {
        waitFor(By.id("set-password-login")).click();
        waitFor(By.cssSelector("#vaadinLoginUsername input"));
    }

    private void type(String id, String text) {
        WebElement input = waitFor(By.cssSelector("#" + id + " input"));
        input.clear();
        input.sendKeys(text);
    }

    private WebDriverWait waitUpTo(int seconds) {
        return new WebDriverWait(driver, Duration.ofSeconds(seconds));
    }

    private WebElement waitFor(By locator) {
        return waitUpTo(30).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }
}
