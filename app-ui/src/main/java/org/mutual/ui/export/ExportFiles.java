package org.mutual.ui.export;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.mutual.domain.export.AttendanceSheet;
import org.mutual.domain.export.ClientHistory;
import org.mutual.domain.export.Csv;
import org.mutual.domain.export.HomeworkSheet;
import org.mutual.domain.export.NoteExport;
import org.mutual.domain.export.PlanHandout;
import org.mutual.domain.client.ClientId;
import org.mutual.domain.group.GroupId;
import org.mutual.domain.session.SessionId;
import org.mutual.ui.base.Formats;

/**
 * Turns the export models into files: PDFs for reading and printing, CSVs for spreadsheets. Dates in
 * PDFs are in the practice's zone and the reader's locale; CSVs use ISO dates so a spreadsheet sorts
 * them. File names carry record ids only, never a person's name.
 */
public final class ExportFiles {

    public static final String PDF = "application/pdf";
    public static final String CSV = "text/csv; charset=UTF-8";

    /** A translated text, with {0}-style parameters. */
    @FunctionalInterface
    public interface Texts {
        String get(String key, Object... params);
    }

    private final Texts texts;
    private final Formats formats;
    private final String practice;
    private final Clock clock;

    public ExportFiles(Texts texts, Formats formats, String practiceName, Clock clock) {
        this.texts = texts;
        this.formats = formats;
        this.practice = practiceName;
        this.clock = clock;
    }

    public static String noteFileName(SessionId id) {
        return "session-note-" + id.value() + ".pdf";
    }

    public static String handoutFileName(SessionId id) {
        return "session-plan-" + id.value() + ".pdf";
    }

    public static String historyFileName(ClientId id) {
        return "client-history-" + id.value() + ".pdf";
    }

    public static String attendanceFileName(GroupId id) {
        return "attendance-" + id.value() + ".csv";
    }

    public static String homeworkFileName(GroupId id) {
        return "homework-board-" + id.value() + ".csv";
    }

    /** The signed note, its signature and its addenda in order. */
    public byte[] notePdf(NoteExport note) {
        try (PdfPages pdf = new PdfPages(texts.get("export.note.title"), footer(true))) {
            pdf.small(practice)
                    .title(texts.get("export.note.title"))
                    .field(texts.get("export.group"), note.groupName())
                    .field(texts.get("export.session"), when(note.startsAt(), note.endsAt()))
                    .rule()
                    .text(note.text())
                    .rule()
                    .field(texts.get("export.signed-by"), note.signedBy())
                    .field(texts.get("export.signed-at"), formats.dateTime(note.signedAt()));
            if (!note.addenda().isEmpty()) {
                pdf.heading(texts.get("export.addenda"));
                for (NoteExport.Addendum addendum : note.addenda()) {
                    pdf.subheading(formats.dateTime(addendum.at()) + " · " + addendum.author()).text(addendum.text());
                }
            }
            return pdf.bytes();
        }
    }

    /** The plan for the group: exercises, goals, steps, prompts and homework; nothing clinical. */
    public byte[] handoutPdf(PlanHandout plan) {
        try (PdfPages pdf = new PdfPages(texts.get("export.handout.title"), footer(false))) {
            pdf.small(practice)
                    .title(texts.get("export.handout.title"))
                    .field(texts.get("export.group"), plan.groupName())
                    .field(texts.get("export.session"), when(plan.startsAt(), plan.endsAt()));
            if (plan.groupFocus() != null && !plan.groupFocus().isBlank()) {
                pdf.small(plan.groupFocus());
            }
            pdf.rule();
            if (plan.items().isEmpty()) {
                pdf.text(texts.get("export.handout.empty"));
            }
            int n = 1;
            for (PlanHandout.Item item : plan.items()) {
                pdf.heading(n++ + ". " + item.title() + " (" + texts.get("export.handout.minutes", item.minutes()) + ")");
                section(pdf, "export.handout.goal", item.goal());
                section(pdf, "export.handout.steps", item.steps());
                section(pdf, "export.handout.prompts", item.prompts());
                section(pdf, "export.handout.homework", item.homework());
            }
            return pdf.bytes();
        }
    }

    /** Attendance per held session and homework (title, due, status); no reflections or notes. */
    public byte[] historyPdf(ClientHistory history) {
        try (PdfPages pdf = new PdfPages(texts.get("export.history.title"), footer(true))) {
            pdf.small(practice)
                    .title(texts.get("export.history.title"))
                    .field(texts.get("export.history.client"), history.name())
                    .rule()
                    .heading(texts.get("export.history.attendance"));
            if (history.attendance().isEmpty()) {
                pdf.text(texts.get("export.history.no-attendance"));
            }
            for (ClientHistory.Attendance a : history.attendance()) {
                pdf.text(formats.dateTime(a.startsAt()) + " · " + a.groupName() + " · "
                        + (a.status() == null ? texts.get("export.history.not-marked")
                                : texts.get("attendance.status." + a.status())));
            }
            pdf.heading(texts.get("export.history.homework"));
            if (history.homework().isEmpty()) {
                pdf.text(texts.get("export.history.no-homework"));
            }
            for (ClientHistory.Homework h : history.homework()) {
                pdf.text(h.title() + " · " + texts.get("export.history.due", formats.date(h.dueOn())) + " · "
                        + texts.get("homework.status." + h.status()) + " · " + h.groupName());
            }
            return pdf.bytes();
        }
    }

    /** One row per held session and member on its roster: date, time, member, status. */
    public byte[] attendanceCsv(AttendanceSheet sheet) {
        Csv csv = new Csv().row(texts.get("export.csv.date"), texts.get("export.csv.time"),
                texts.get("export.csv.member"), texts.get("export.csv.status"));
        for (AttendanceSheet.Row row : sheet.rows(formats.zone())) {
            csv.row(isoDate(row.startsAt()), isoTime(row.startsAt()), row.member(),
                    row.status() == null ? "" : texts.get("attendance.status." + row.status()));
        }
        return csv.bytes();
    }

    /** One row per piece of homework: member, title, due, status, submitted, reviewed. */
    public byte[] homeworkCsv(HomeworkSheet sheet) {
        Csv csv = new Csv().row(List.of(texts.get("export.csv.member"), texts.get("export.csv.homework"),
                texts.get("export.csv.due"), texts.get("export.csv.status"), texts.get("export.csv.submitted"),
                texts.get("export.csv.reviewed")));
        for (HomeworkSheet.Row row : sheet.rows()) {
            csv.row(row.member(), row.title(), row.dueOn().toString(), texts.get("homework.status." + row.status()),
                    row.submittedAt() == null ? "" : isoDate(row.submittedAt()),
                    row.reviewedAt() == null ? "" : isoDate(row.reviewedAt()));
        }
        return csv.bytes();
    }

    private void section(PdfPages pdf, String key, String text) {
        if (text != null && !text.isBlank()) {
            pdf.subheading(texts.get(key)).text(text);
        }
    }

    private String when(Instant starts, Instant ends) {
        return formats.dateTime(starts) + " – " + formats.time(ends);
    }

    private String footer(boolean confidential) {
        String exported = texts.get("export.generated", formats.dateTime(clock.instant()));
        return practice + " · " + exported + (confidential ? " · " + texts.get("export.confidential") : "");
    }

    private String isoDate(Instant at) {
        return DateTimeFormatter.ISO_LOCAL_DATE.withZone(formats.zone()).format(at);
    }

    private String isoTime(Instant at) {
        return DateTimeFormatter.ofPattern("HH:mm").withZone(formats.zone()).format(at);
    }
}
