package org.mutual.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Starts the whole application on a random port over a fresh H2 file database with the demo
 * practice, and a real headless Chromium against it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class BrowserTestBase {

    private static final Path DATA_DIR = newDataDir();

    @LocalServerPort
    protected int port;

    protected ChromeDriver driver;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("mutual.data-dir", DATA_DIR::toString);
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
        return "http://localhost:" + port + path;
    }

    protected WebDriverWait waitUpTo(int seconds) {
        return new WebDriverWait(driver, Duration.ofSeconds(seconds));
    }

    protected WebElement waitFor(By locator) {
        return waitUpTo(30).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    protected LoginPage loginPage() {
        return new LoginPage(this);
    }

    WebDriver driver() {
        return driver;
    }

    private static Path newDataDir() {
        try {
            return Files.createTempDirectory("mutual-browser-test-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
