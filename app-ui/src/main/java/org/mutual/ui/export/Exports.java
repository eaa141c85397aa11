package org.mutual.ui.export;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.i18n.I18NProvider;
import java.time.Clock;
import java.util.Locale;
import org.mutual.domain.client.ClientId;
import org.mutual.domain.export.ClientHistory;
import org.mutual.domain.export.ExportService;
import org.mutual.domain.group.GroupId;
import org.mutual.domain.schedule.PracticeZone;
import org.mutual.domain.session.SessionId;
import org.mutual.ui.base.Formats;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Makes the export links the pages show; each link's file is made when it is downloaded. */
@Component
public class Exports {

    private final ExportService service;
    private final PracticeZone zone;
    private final Clock clock;
    private final String practiceName;

    public Exports(ExportService service, PracticeZone zone, Clock clock,
                   @Value("${mutual.practice-name:Mutual}") String practiceName) {
        this.service = service;
        this.zone = zone;
        this.clock = clock;
        this.practiceName = practiceName;
    }

    /** The session's signed group note; show it only once the note is signed. */
    public ExportLink notePdf(SessionId id) {
        ExportFiles files = files();
        return new ExportLink("export-note-pdf", "export.note-pdf", () -> new ExportLink.ExportFile(
                ExportFiles.noteFileName(id), ExportFiles.PDF, files.notePdf(service.sessionNote(id))));
    }

    public ExportLink planPdf(SessionId id) {
        ExportFiles files = files();
        return new ExportLink("export-plan-pdf", "export.plan-pdf", () -> new ExportLink.ExportFile(
                ExportFiles.handoutFileName(id), ExportFiles.PDF, files.handoutPdf(service.sessionPlan(id))));
    }

    public ExportLink historyPdf(ClientId id) {
        ExportFiles files = files();
        return new ExportLink("export-history-pdf", "export.history-pdf", () -> new ExportLink.ExportFile(
                ExportFiles.historyFileName(id), ExportFiles.PDF, files.historyPdf(service.clientHistory(id))));
    }

    /** The signed-in client's own history. */
    public ExportLink myHistoryPdf() {
        ExportFiles files = files();
        return new ExportLink("export-my-history-pdf", "export.my-history-pdf", () -> {
            ClientHistory history = service.myHistory();
            return new ExportLink.ExportFile(ExportFiles.historyFileName(history.client()), ExportFiles.PDF,
                    files.historyPdf(history));
        });
    }

    public ExportLink attendanceCsv(GroupId id) {
        ExportFiles files = files();
        return new ExportLink("export-attendance-csv", "export.attendance-csv", () -> new ExportLink.ExportFile(
                ExportFiles.attendanceFileName(id), ExportFiles.CSV, files.attendanceCsv(service.attendance(id))));
    }

    public ExportLink homeworkCsv(GroupId id) {
        ExportFiles files = files();
        return new ExportLink("export-homework-csv", "export.homework-csv", () -> new ExportLink.ExportFile(
                ExportFiles.homeworkFileName(id), ExportFiles.CSV, files.homeworkCsv(service.homeworkBoard(id))));
    }

    /** Whether the current user may export the client's history (to show the link or not). */
    public boolean mayExportHistory(ClientId id) {
        return service.mayExportHistory(id);
    }

    /** A renderer in the page's locale, for use later in the download request. */
    private ExportFiles files() {
        UI ui = UI.getCurrent();
        Locale locale = ui == null ? Locale.getDefault() : ui.getLocale();
        return new ExportFiles((key, params) -> I18NProvider.translate(locale, key, params),
                new Formats(zone.zone(), locale), practiceName, clock);
    }
}
