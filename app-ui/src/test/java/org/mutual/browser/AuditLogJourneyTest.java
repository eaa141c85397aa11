package org.mutual.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mutual.app.DemoData;
import org.mutual.domain.audit.AuditEntry;
import org.mutual.domain.audit.AuditOutcome;
import org.mutual.domain.audit.AuditQuery;
import org.mutual.domain.audit.AuditRepository;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The audit log in Chromium: a therapist who opens it is refused and the refusal is written down; the
 * admin then finds exactly that refusal by filtering for denied entries, and every look at the log
 * (opening it, each filter change) is itself one audit entry.
 */
class AuditLogJourneyTest extends BrowserTestBase {

    static final AuditQuery ADMIN_LOOKS = new AuditQuery("admin", "audit.read", null, null, null, null, null);

    @Autowired AuditRepository audit;

    @Test
    void a_therapist_is_refused_and_the_admin_finds_that_refusal_among_the_denied_entries() {
        loginPage().signInAs("therapist", DemoData.PASSWORD);
        driver.get(url("/admin/audit"));
        waitFor(By.id("access-denied"));
        assertThat(driver.findElements(By.id("audit-log-grid"))).isEmpty();
        assertThat(audit.find(new AuditQuery("therapist", "route.open", "route", "/admin/audit",
                AuditOutcome.DENIED, null, null), 0, 5)).isNotEmpty();
        loginPage().logOut();

        loginPage().signInAs("admin", DemoData.PASSWORD);
        // Landing on the overview, which shows the latest entries, counts as a look.
        waitFor(By.id("admin-audit-link"));
        assertThat(audit.find(ADMIN_LOOKS, 0, 1)).singleElement()
                .satisfies(e -> assertThat(e.recordId()).isEqualTo("all"));
        long looksBefore = audit.count(ADMIN_LOOKS);
        driver.get(url("/admin/audit"));
        waitFor(By.id("audit-log-grid"));
        waitForCell("admin");

        waitFor(By.id("audit-filter-outcome")).click();
        waitFor(By.xpath("//vaadin-select-item[normalize-space()='Denied']")).click();
        waitUpTo(30).until(d -> !cells().contains("Allowed") && cells().contains("Denied"));
        // Set the whole text at once, as a paste would: one filter change, not one per keystroke.
        WebElement action = waitFor(By.id("audit-filter-action"));
        setValue(action, "route.open");
        waitUpTo(30).until(d -> cells().contains("route:/admin/audit") && cells().stream()
                .noneMatch(c -> c.startsWith("audit:")));

        List<String> cells = cells();
        assertThat(cells).contains("therapist", "route.open", "route:/admin/audit", "Denied").doesNotContain("Allowed");
        screenshot("audit-log-denied");

        // Scrolling and re-fetching add nothing: one entry for the opening and one per filter.
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollToIndex(1000)", waitFor(By.id("audit-log-grid")));
        List<AuditEntry> looks = audit.find(ADMIN_LOOKS, 0, 10);
        assertThat(audit.count(ADMIN_LOOKS) - looksBefore).isEqualTo(3);
        assertThat(looks.subList(0, 3)).extracting(AuditEntry::recordId)
                .containsExactly("action=route.open;outcome=DENIED", "outcome=DENIED", "all");
    }

    @Test
    void an_end_date_before_the_start_date_is_shown_next_to_the_field() {
        loginPage().signInAs("admin", DemoData.PASSWORD);
        driver.get(url("/admin/audit"));
        WebElement from = waitFor(By.id("audit-filter-from"));
        WebElement to = waitFor(By.id("audit-filter-to"));
        setValue(from, "2026-03-10");
        setValue(to, "2026-03-01");

        waitUpTo(30).until(d -> to.getDomAttribute("invalid") != null);
        assertThat(to.getText()).contains("The end date is before the start date.");
    }

    /** Sets a field's whole value at once and tells the server, as typing or picking would. */
    private void setValue(WebElement field, String value) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];"
                + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
                + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", field, value);
    }

    private void waitForCell(String text) {
        waitUpTo(30).until(d -> cells().contains(text));
    }

    private List<String> cells() {
        return driver.findElements(By.cssSelector("#audit-log-grid vaadin-grid-cell-content")).stream()
                .map(WebElement::getText).toList();
    }
}
