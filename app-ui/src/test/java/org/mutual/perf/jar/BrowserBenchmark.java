package org.mutual.perf.jar;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mutual.browser.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Measure 6: what a person feels in Chromium against the production jar. Times are taken inside the
 * page: {@code performance.now()} when a give-and-take turn counter is clicked until a
 * MutationObserver sees the new count and the next animation frame (rendered); and from submitting
 * the login form until {@code /my/homework} is in the page and the next frame is drawn (a script the
 * browser runs at the start of every document watches for it). Medians of 25 clicks and 5 sign-ins.
 */
class BrowserBenchmark {

    private static final int CLICKS = 25;
    private static final int SIGN_INS = 5;

    /** Resolves with [ms until the count changed, ms until the next frame] after clicking the button. */
    private static final String CLICK_AND_WAIT = """
            const plusId = arguments[0], valueId = arguments[1], done = arguments[arguments.length - 1];
            const expected = String(Number(document.getElementById(valueId).textContent) + 1);
            const observer = new MutationObserver(() => {
              const value = document.getElementById(valueId);
              if (value && value.textContent === expected) {
                observer.disconnect();
                const changed = performance.now() - t0;
                requestAnimationFrame(() => done([changed, performance.now() - t0]));
              }
            });
            observer.observe(document.body, {subtree: true, childList: true, characterData: true});
            const t0 = performance.now();
            document.getElementById(plusId).click();
            """;

    /** Runs at the start of every document: notes when the homework list is first drawn. */
    private static final String WATCH_HOMEWORK = """
            new MutationObserver((records, observer) => {
              if (document.getElementById('my-homework')) {
                observer.disconnect();
                requestAnimationFrame(() => { window.__homeworkDrawnAt = Date.now(); });
              }
            }).observe(document, {subtree: true, childList: true});
            """;

    @Test
    void click_to_render_and_login_to_homework_in_chromium() {
        PerfData data = PerfData.prepared();
        try (AppJar app = AppJar.start("browser", List.of(), data.env())) {
            ChromeDriver driver = Browser.start(1280, 900);
            try {
                driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
                List<Double> clicks = clicks(driver, app, data);
                List<Double> signIns = signIns(driver, app, data);
                double click = median(clicks);
                double signIn = median(signIns);
                new PerfPart("browser")
                        .add("browser: turn counter click → count rendered (median)", click, "ms", "≤ 100 ms",
                                click <= 100, CLICKS + " clicks in headless Chromium on localhost, measured in the page "
                                        + "(performance.now(), MutationObserver, next animation frame); all: " + clicks)
                        .info("browser: sign-in → /my/homework rendered (median)", signIn, "ms", SIGN_INS
                                + " sign-ins as " + data.clients().getFirst().username() + ", from submitting the form "
                                + "until the list is in the page and a frame is drawn; all: " + signIns)
                        .write();
            } finally {
                driver.quit();
            }
        }
    }

    private static List<Double> clicks(ChromeDriver driver, AppJar app, PerfData data) {
        PerfData.Therapist who = data.therapists().getFirst();
        signIn(driver, app, "", who.username(), data.password());
        wait(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("current-user")));
        driver.get(app.base().resolve("/sessions/" + who.session()).toString());
        wait(driver).until(d -> d.findElements(By.cssSelector("#session-tabs vaadin-tab")).size() >= 3);
        driver.findElements(By.cssSelector("#session-tabs vaadin-tab")).get(2).click();
        WebElement plus = wait(driver).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#record-panel [id$='-turns_a-plus']")));
        String plusId = plus.getDomAttribute("id");
        String valueId = plusId.replace("-plus", "-value");
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < CLICKS + 3; i++) {
            List<?> measured = (List<?>) driver.executeAsyncScript(CLICK_AND_WAIT, plusId, valueId);
            if (i >= 3) {
                times.add(((Number) measured.get(1)).doubleValue());
            }
        }
        return times;
    }

    private static List<Double> signIns(ChromeDriver driver, AppJar app, PerfData data) {
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", WATCH_HOMEWORK));
        PerfData.Client who = data.clients().getFirst();
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < SIGN_INS + 1; i++) {
            driver.manage().deleteAllCookies();
            long submitted = signIn(driver, app, "my/homework", who.username(), data.password());
            Number drawnAt = wait(driver).until(d -> (Number) driver.executeScript(
                    "return location.pathname.endsWith('/my/homework') ? window.__homeworkDrawnAt : null"));
            if (i >= 1) {
                times.add((double) (drawnAt.longValue() - submitted));
            }
        }
        return times;
    }

    /** Opens the route (which sends to the login page), signs in; returns the page's clock at submitting. */
    private static long signIn(ChromeDriver driver, AppJar app, String route, String username, String password) {
        driver.get(app.base().resolve("/" + route).toString());
        wait(driver).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#vaadinLoginUsername input")))
                .sendKeys(username);
        WebElement field = driver.findElement(By.cssSelector("#vaadinLoginPassword input"));
        field.sendKeys(password);
        long submitted = ((Number) driver.executeScript("return Date.now()")).longValue();
        field.sendKeys(Keys.ENTER);
        return submitted;
    }

    private static WebDriverWait wait(ChromeDriver driver) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        return wait;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
