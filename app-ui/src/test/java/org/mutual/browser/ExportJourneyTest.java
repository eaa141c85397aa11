package org.mutual.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.mutual.app.DemoData;
import org.mutual.app.DemoRecords;
import org.mutual.app.TestUsers;
import org.mutual.domain.audit.AuditEntry;
import org.mutual.domain.audit.AuditOutcome;
import org.mutual.domain.audit.AuditRepository;
import org.mutual.domain.note.Note;
import org.mutual.domain.note.NoteService;
import org.mutual.domain.session.Session;
import org.mutual.domain.session.SessionId;
import org.mutual.domain.session.SessionStatus;
import org.mutual.domain.session.SessionService;
import org.mutual.domain.user.AccountRepository;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Every download link fetches its file in the browser's own session: the right content type, a file
 * name with ids only, the content a reader expects — and one audit entry per file. The client takes
 * their own history from the portal.
 */
class ExportJourneyTest extends BrowserTestBase {

    static final String NOTE = "The group named what a fair exchange feels like; Begoña spoke first.";
    static final String ADDENDUM = "Correction: Łukasz and Ελένη arrived late → 18:15.";

    @Autowired ApplicationContext app;
    @Autowired AccountRepository accounts;
    @Autowired NoteService notes;
    @Autowired SessionService sessions;
    @Autowired AuditRepository audit;

    @Test
    void each_export_link_downloads_its_file_and_is_audited() {
        DemoRecords records = DemoRecords.of(app);
        SessionId session = signedNoteSession(records);

        loginPage().signInAs("therapist", DemoData.PASSWORD);
        driver.get(url("/sessions/" + session));
        showTab("session-tabs", "Notes");
        Download note = download(waitFor(By.id("export-note-pdf")));
        assertThat(note.contentType()).isEqualTo("application/pdf");
        assertThat(note.fileName()).isEqualTo("session-note-" + session + ".pdf");
        assertThat(note.pdfText()).contains(NOTE, ADDENDUM, "Tuesday evening group", "Signed by");
        assertThat(latest().action()).isEqualTo("note.export");
        // Clicking shows the file being made, then done.
        click(driver.findElement(By.id("export-note-pdf")));
        waitUpTo(30).until(d -> d.findElement(By.id("export-note-pdf-status")).getText().equals("Download ready"));
        // The status is a live region of its own, set apart from the link's text.
        WebElement link = driver.findElement(By.id("export-note-pdf"));
        WebElement status = driver.findElement(By.id("export-note-pdf-status"));
        assertThat(status.getDomAttribute("role")).isEqualTo("status");
        assertThat(status.getRect().getX()).isGreaterThanOrEqualTo(link.getRect().getX() + link.getRect().getWidth() + 8);
        screenshot("therapist-export-note");

        showTab("session-tabs", "Plan");
        Download plan = download(waitFor(By.id("export-plan-pdf")));
        assertThat(plan.fileName()).isEqualTo("session-plan-" + session + ".pdf");
        assertThat(plan.pdfText()).contains("Session plan", "Tuesday evening group")
                .doesNotContain("Casey", "Jordan", NOTE);
        assertThat(latest().action()).isEqualTo("plan.export");

        driver.get(url("/groups/" + records.tuesday()));
        showTab("group-tabs", "Attendance");
        Download attendance = download(waitFor(By.id("export-attendance-csv")));
        assertThat(attendance.contentType()).startsWith("text/csv");
        assertThat(attendance.fileName()).isEqualTo("attendance-" + records.tuesday() + ".csv");
        assertThat(attendance.csvText()).startsWith("Date,Time,Member,Status\r\n");
        screenshot("therapist-export-csv");
        showTab("group-tabs", "Homework");
        Download board = download(waitFor(By.id("export-homework-csv")));
        assertThat(board.fileName()).isEqualTo("homework-board-" + records.tuesday() + ".csv");
        assertThat(board.csvText()).startsWith("Member,Homework,Due,Status,Submitted,Reviewed\r\n")
                .contains("Casey", "Ask for one small thing");
        assertThat(latest().action()).isEqualTo("homework.export");

        driver.get(url("/clients/" + records.casey()));
        Download history = download(waitFor(By.id("export-history-pdf")));
        assertThat(history.fileName()).isEqualTo("client-history-" + records.casey() + ".pdf");
        assertThat(history.pdfText()).contains("Attendance and homework history", "Casey", "Ask for one small thing")
                .doesNotContain(NOTE);
        assertThat(latest()).extracting(AuditEntry::action, AuditEntry::recordId, AuditEntry::outcome)
                .containsExactly("client.history.export", records.casey().toString(), AuditOutcome.ALLOWED);
        loginPage().logOut();

        loginPage().signInAs("client", DemoData.PASSWORD);
        driver.get(url("/my/homework"));
        long before = historyExportsBy("client");
        Download mine = download(waitFor(By.id("export-my-history-pdf")));
        assertThat(mine.fileName()).isEqualTo("client-history-" + records.casey() + ".pdf");
        assertThat(mine.pdfText()).contains("Casey", "Ask for one small thing").doesNotContain(NOTE, "Jordan");
        // The portal's own reads are audited too, so count this export's entries only.
        assertThat(historyExportsBy("client")).isEqualTo(before + 1);
    }

    /** A Tuesday session no other test writes notes in, with a signed group note and an addendum. */
    private SessionId signedNoteSession(DemoRecords records) {
        TestUsers.signIn(accounts, "therapist");
        try {
            List<Session> all = sessions.sessionsOfGroup(records.tuesday(), Instant.now().minus(Duration.ofDays(60)),
                    Instant.now().plus(Duration.ofDays(60)));
            // Other tests cancel Tuesday sessions; a cancelled session has no notes to export.
            SessionId id = all.stream().filter(s -> s.status() != SessionStatus.CANCELLED).toList().getLast().id();
            Note draft = notes.saveDraft(id, null, NOTE, -1);
            notes.sign(draft.id(), draft.version());
            notes.addAddendum(draft.id(), ADDENDUM);
            return id;
        } finally {
            TestUsers.signOut();
        }
    }

    private void showTab(String tabsId, String name) {
        waitUpTo(30).until(d -> d.findElements(By.cssSelector("#" + tabsId + " vaadin-tab")).stream()
                .anyMatch(t -> t.getText().equals(name)));
        driver.findElements(By.cssSelector("#" + tabsId + " vaadin-tab")).stream()
                .filter(t -> t.getText().equals(name)).findFirst().orElseThrow().click();
    }

    private long historyExportsBy(String actor) {
        return audit.latest(0, 200).stream()
                .filter(e -> e.actorName().equals(actor) && e.action().equals("client.history.export")).count();
    }

    private AuditEntry latest() {
        return audit.latest(0, 1).getFirst();
    }

    /** Fetches the link's address with the browser's cookies, as the browser's download would. */
    private Download download(WebElement link) {
        String href = waitUpTo(30).until(d -> {
            String h = link.getAttribute("href");
            return h == null || h.isBlank() ? null : h;
        });
        String cookies = driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        try {
            HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                    .header("Cookie", cookies).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).as(href).isEqualTo(200);
            return new Download(response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Content-Disposition").orElse(""), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    record Download(String contentType, String disposition, byte[] body) {

        String fileName() {
            assertThat(disposition).startsWith("attachment");
            int at = disposition.indexOf("filename=\"");
            return disposition.substring(at + 10, disposition.indexOf('"', at + 10));
        }

        String pdfText() {
            try (PDDocument document = Loader.loadPDF(body)) {
                return new PDFTextStripper().getText(document);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        String csvText() {
            assertThat(body[0]).isEqualTo((byte) 0xEF);
            return new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
        }
    }
}
