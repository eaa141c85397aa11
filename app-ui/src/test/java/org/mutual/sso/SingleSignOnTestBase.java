package org.mutual.sso;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.mutual.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Mutual in single sign-on mode against the real Keycloak of {@link KeycloakServer}, over its own
 * fresh H2 database with the demo practice (linked to the realm's demo users), and a real headless
 * Chromium per test. Mutual listens on the port the realm's redirect URIs were imported for.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
abstract class SingleSignOnTestBase {

    private static final Path DATA_DIR = newDataDir();

    protected ChromeDriver driver;

    @DynamicPropertySource
    static void singleSignOn(DynamicPropertyRegistry registry) {
        registry.add("mutual.data-dir", DATA_DIR::toString);
        registry.add("mutual.auth.mode", () -> "keycloak");
        registry.add("mutual.keycloak.url", () -> KeycloakServer.get().url());
        registry.add("server.port", () -> KeycloakServer.get().mutualPort());
    }

    @BeforeEach
    void openBrowser() {
        driver = Browser.start(1280, 900);
    }

    @AfterEach
    void closeBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    protected String url(String path) {
        return "http://localhost:" + KeycloakServer.get().mutualPort() + path;
    }

    protected KeycloakLoginPage keycloakLogin() {
        return new KeycloakLoginPage(driver);
    }

    protected WebDriverWait waitUpTo(int seconds) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(seconds));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    protected WebElement waitFor(By locator) {
        return waitUpTo(30).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /** Scrolls the element to the middle of the window first, so headers and toasts don't cover it. */
    protected void click(WebElement element) {
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    protected void type(String fieldId, String text) {
        WebElement input = waitFor(By.cssSelector("#" + fieldId + " input"));
        input.clear();
        input.sendKeys(text);
    }

    private static Path newDataDir() {
        try {
            return Files.createTempDirectory("mutual-sso-test-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
