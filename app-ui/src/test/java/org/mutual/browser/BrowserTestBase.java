package org.mutual.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.mutual.app.RunningAppTest;

/** A real headless Chromium against the running application. */
public abstract class BrowserTestBase extends RunningAppTest {

    protected ChromeDriver driver;

    /** A failed test leaves what the browser showed in {@code target/screenshots/failed-<test>.png}. */
    @org.junit.jupiter.api.extension.RegisterExtension
    final org.junit.jupiter.api.extension.AfterTestExecutionCallback screenshotOnFailure = context -> {
        if (context.getExecutionException().isPresent() && driver != null) {
            screenshot("failed-" + context.getRequiredTestMethod().getName());
        }
    };

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

    protected WebDriverWait waitUpTo(int seconds) {
        // Views re-render after each tap, so an element found a moment ago may be replaced: look again.
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(seconds));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        return wait;
    }

    protected WebElement waitFor(By locator) {
        return waitUpTo(30).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /**
     * Saves what the browser shows to {@code target/screenshots}; with {@code -Dmutual.docs.screenshots=true}
     * also to {@code docs/images}, which is how the documentation's pictures are refreshed.
     */
    protected void screenshot(String name) {
        byte[] png = driver.getScreenshotAs(OutputType.BYTES);
        try {
            Path target = Path.of("target", "screenshots", name + ".png");
            Files.createDirectories(target.getParent());
            Files.write(target, png);
            if (Boolean.getBoolean("mutual.docs.screenshots")) {
                Path docs = Path.of("..", "docs", "images", name + ".png");
                Files.createDirectories(docs.getParent());
                Files.write(docs, png);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Scrolls the element to the middle of the window first, so headers and toasts don't cover it. */
    protected void click(WebElement element) {
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    protected LoginPage loginPage() {
        return new LoginPage(this, driver);
    }

    /** The login page in another browser, such as a second user's. */
    protected LoginPage loginPage(WebDriver browser) {
        return new LoginPage(this, browser);
    }

    WebDriver driver() {
        return driver;
    }
}
