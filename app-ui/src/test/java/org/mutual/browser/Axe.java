package org.mutual.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core (Deque's {@code axe.min.js}, from the {@code com.deque.html.axe-core:selenium} jar) run in
 * the page as it is: open shadow roots included, so the insides of Vaadin's components are checked too.
 */
final class Axe {

    /** The impacts that fail the build. */
    static final List<String> BLOCKING = List.of("serious", "critical");

    private static final String SCRIPT = load();

    /** One element that breaks one rule, on one page. */
    record Violation(String page, String rule, String impact, String target, String summary) {

        @Override
        public String toString() {
            return impact + " " + rule + " on " + page + " at " + target + ": " + summary;
        }
    }

    private Axe() {
    }

    /** The serious and critical violations on what the browser shows now; {@code page} names it in reports. */
    @SuppressWarnings("unchecked")
    static List<Violation> check(WebDriver driver, String page) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object';"))) {
            js.executeScript(SCRIPT);
        }
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        Object result = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']})
                    .then(r => done(r.violations.flatMap(v => v.nodes.map(n => ({
                        rule: v.id, impact: n.impact || v.impact,
                        target: JSON.stringify(n.target), summary: (n.failureSummary || v.help).replace(/\\s+/g, ' ')})))))
                    .catch(e => done([{rule: 'axe-error', impact: 'critical', target: '', summary: String(e)}]));
                """);
        return ((List<Map<String, Object>>) result).stream()
                .filter(v -> BLOCKING.contains(String.valueOf(v.get("impact"))))
                .map(v -> new Violation(page, (String) v.get("rule"), (String) v.get("impact"), (String) v.get("target"),
                        (String) v.get("summary")))
                .toList();
    }

    private static String load() {
        try (InputStream in = Axe.class.getResourceAsStream("/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the test classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
