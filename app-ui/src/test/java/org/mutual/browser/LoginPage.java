package org.mutual.browser;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The local login page, in the test's browser or in a second one. */
public final class LoginPage {

    private final BrowserTestBase test;
    private final WebDriver driver;

    LoginPage(BrowserTestBase test, WebDriver driver) {
        this.test = test;
        this.driver = driver;
    }

    /** Signs in and waits until the main layout shows the user's name. */
    public void signInAs(String username, String password) {
        submit(username, password);
        waitFor(By.id("current-user"));
    }

    /** Tries to sign in and waits for the error message. */
    public boolean signInFails(String username, String password) {
        submit(username, password);
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("error"));
        return driver.getCurrentUrl().contains("/login");
    }

    public void logOut() {
        waitFor(By.id("logout")).click();
        waitFor(By.cssSelector("#vaadinLoginUsername input"));
    }

    /** Whether the browser shows the login form (for example after its session was ended). */
    public boolean isShown() {
        waitFor(By.cssSelector("#vaadinLoginUsername input"));
        return driver.getCurrentUrl().endsWith("/login");
    }

    private void submit(String username, String password) {
        driver.get(test.url("/login"));
        waitFor(By.cssSelector("#vaadinLoginUsername input")).sendKeys(username);
        waitFor(By.cssSelector("#vaadinLoginPassword input")).sendKeys(password, Keys.ENTER);
    }

    private WebElement waitFor(By locator) {
        return new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }
}
