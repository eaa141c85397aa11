package org.mutual.browser;

import org.openqa.selenium.By;

/** {@code /sessions/{id}}: the roster and one-tap attendance. */
public final class SessionPage {

    private final BrowserTestBase test;

    SessionPage(BrowserTestBase test) {
        this.test = test;
        test.waitFor(By.id("session-title"));
    }

    public String rosterSize() {
        return test.waitFor(By.id("roster-size")).getText();
    }

    public SessionPage mark(String clientId, String status) {
        By button = By.id("attendance-" + clientId + "-" + status);
        test.waitFor(button).click();
        test.waitUpTo(30).until(d -> "true".equals(d.findElement(button).getAttribute("aria-pressed")));
        return this;
    }

    public boolean isMarked(String clientId, String status) {
        return "true".equals(test.waitFor(By.id("attendance-" + clientId + "-" + status)).getAttribute("aria-pressed"));
    }

    public GroupPage backToGroup() {
        test.waitFor(By.id("session-group")).click();
        return new GroupPage(test);
    }
}
