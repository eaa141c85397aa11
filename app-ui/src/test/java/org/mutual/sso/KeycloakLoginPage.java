package org.mutual.sso;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Keycloak's own login page (its standard theme), where Mutual sends people in single sign-on mode. */
final class KeycloakLoginPage {

    private final WebDriver driver;

    KeycloakLoginPage(WebDriver driver) {
        this.driver = driver;
    }

    /** Waits for the login form; true when it is Keycloak's, on Keycloak's address. */
    boolean isShown(String keycloakUrl) {
        waitFor(By.id("username"));
        return driver.getCurrentUrl().startsWith(keycloakUrl + "/realms/" + KeycloakServer.REALM + "/");
    }

    /** Fills in the form on the page the browser shows and submits it. */
    void submit(String username, String password) {
        WebElement user = waitFor(By.id("username"));
        user.clear();
        user.sendKeys(username);
        WebElement secret = waitFor(By.id("password"));
        secret.clear();
        secret.sendKeys(password);
        waitFor(By.id("kc-login")).click();
    }

    /** Keycloak's message after a failed attempt. */
    String error() {
        return waitFor(By.cssSelector("#input-error, .kc-feedback-text, .pf-v5-c-alert__title")).getText();
    }

    private WebElement waitFor(By locator) {
        return new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.visibilityOfElementLocated(locator));
    }
}
