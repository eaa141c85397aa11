package org.mutual.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.mutual.domain.attendance.AttendanceStatus;
import org.mutual.domain.client.ClientId;
import org.mutual.domain.export.AttendanceSheet;
import org.mutual.domain.export.ClientHistory;
import org.mutual.domain.export.HomeworkSheet;
import org.mutual.domain.export.NoteExport;
import org.mutual.domain.export.PlanHandout;
import org.mutual.domain.group.GroupId;
import org.mutual.domain.homework.HomeworkStatus;
import org.mutual.domain.note.NoteId;
import org.mutual.domain.session.SessionId;
import org.mutual.ui.base.Formats;

/** The files as a reader gets them: PDFs read back with PDFBox's text extraction, CSVs as text. */
class ExportFilesTest {

    static final ZoneId MADRID = ZoneId.of("Europe/Madrid");
    static final Instant STARTS = Instant.parse("2026-04-07T16:00:00Z");
    static final Properties BUNDLE = bundle();

    final ExportFiles files = new ExportFiles((key, params) -> MessageFormat.format(BUNDLE.getProperty(key, key), params),
            new Formats(MADRID, Locale.ENGLISH), "Calle Mayor Practice", Clock.fixed(STARTS, ZoneOffset.UTC));

    @Test
    void a_long_signed_note_flows_over_pages_with_its_signature_and_addenda_in_order() {
        String text = IntStream.rangeClosed(1, 400).mapToObj(i -> "Paragraph " + i + ": the group practised asking.")
                .collect(Collectors.joining("\n")) + "\nLast line of the note.";
        NoteExport note = new NoteExport(new SessionId(5), new GroupId(1), "Tuesday evening", STARTS,
                STARTS.plusSeconds(5400), new NoteId(9), text, "Alice Therapist", STARTS.plusSeconds(7200),
                List.of(new NoteExport.Addendum("First correction", "Alice Therapist", STARTS.plusSeconds(86400)),
                        new NoteExport.Addendum("Second correction", "Bob Cotherapist", STARTS.plusSeconds(172800))));

        byte[] pdf = files.notePdf(note);

        assertThat(pages(pdf)).isGreaterThan(5);
        String read = text(pdf);
        assertThat(read).contains("Calle Mayor Practice", "Session note", "Tuesday evening",
                "Tue 7 Apr 2026, 18:00 – 19:30", "Paragraph 1: the group practised asking.",
                "Paragraph 400: the group practised asking.", "Last line of the note.",
                "Signed by: Alice Therapist", "Signed at: Tue 7 Apr 2026, 20:00", "Addenda");
        assertThat(read.indexOf("First correction")).isGreaterThan(read.indexOf("Last line of the note."))
                .isLessThan(read.indexOf("Second correction"));
        assertThat(read).contains("Bob Cotherapist");
    }

    @Test
    void any_text_prints_accents_kept_and_what_the_font_lacks_replaced_without_failing() {
        String word = "x".repeat(300);
        NoteExport note = new NoteExport(new SessionId(5), new GroupId(1), "Grupo de los martes", STARTS,
                STARTS.plusSeconds(5400), new NoteId(9),
                "Begoña habló: «¿quién me ayuda?» — €5\tok\r\nŁódź ąę 😀 \u200b中文\n" + word, "Alicia Núñez",
                STARTS, List.of());

        String read = text(files.notePdf(note));

        assertThat(read).contains("Begoña habló: «¿quién me ayuda?» — €5 ok", "Łódź ąę 😀 ??", "Alicia Núñez",
                "x".repeat(60));
        assertThat(read.replaceAll("\\s", "")).contains(word);
    }

    @Test
    void a_note_in_polish_greek_and_russian_prints_every_letter_in_the_embedded_font() {
        NoteExport note = new NoteExport(new SessionId(5), new GroupId(1), "Grupa wtorkowa", STARTS,
                STARTS.plusSeconds(5400), new NoteId(9),
                "Łukasz Żółć przedstawił się grupie → pierwszy krok.\nΕλένη: «Ευχαριστώ» ≥ 3 φορές.\n"
                        + "Дмитрий попросил о помощи — впервые.\nA decomposed e\u0301 composes to é.",
                "Ελένη Παπαδοπούλου", STARTS.plusSeconds(7200),
                List.of(new NoteExport.Addendum("Дополнение: всё верно.", "Łukasz Żółć", STARTS.plusSeconds(86400))));

        byte[] pdf = files.notePdf(note);

        assertThat(text(pdf)).contains("Grupa wtorkowa", "Łukasz Żółć przedstawił się grupie → pierwszy krok.",
                "Ελένη: «Ευχαριστώ» ≥ 3 φορές.", "Дмитрий попросил о помощи — впервые.", "composes to é.",
                "Ελένη Παπαδοπούλου", "Дополнение: всё верно.");
        assertThat(text(pdf)).doesNotContain("?").contains("A decomposed é composes");
        assertThat(fonts(pdf)).isNotEmpty().allMatch(name -> name.matches("[A-Z]{6}\\+DejaVuSans.*"),
                "embedded DejaVu subsets");
        assertThat(pdf.length).as("a subset, not the whole font").isLessThan(60_000);
    }

    @Test
    void emoji_and_chinese_characters_come_out_as_a_visible_replacement() {
        NoteExport note = new NoteExport(new SessionId(5), new GroupId(1), "Tuesday evening", STARTS,
                STARTS.plusSeconds(5400), new NoteId(9),
                "Mei (王美) waved 👋🏽\uFE0F to 김민준.\n" + "王".repeat(200), "今日 Therapist", STARTS,
                List.of());

        String read = text(files.notePdf(note));

        assertThat(read).contains("Mei (??) waved ? to ???.", "? Therapist");
        assertThat(read.replaceAll("\\s", "")).contains("?".repeat(200));
    }

    @Test
    void the_handout_has_the_plan_and_nothing_else() {
        PlanHandout plan = new PlanHandout(new SessionId(5), "Tuesday evening", "Building mutual relationships",
                STARTS, STARTS.plusSeconds(5400), List.of(
                new PlanHandout.Item("Give-and-take conversation", "Keep turns balanced", "Pair up.\nTalk.", null, 20,
                        "Notice one conversation this week"),
                new PlanHandout.Item("Practising assertiveness", "Ask for what you want", "Role-play.", "What do you want?",
                        25, null)));

        String read = text(files.handoutPdf(plan));

        assertThat(read).contains("Session plan", "Tuesday evening", "1. Give-and-take conversation (20 min)",
                "Goal", "Keep turns balanced", "Pair up.", "Homework", "Notice one conversation this week",
                "2. Practising assertiveness (25 min)", "Prompts", "What do you want?");
        assertThat(read).doesNotContain("Confidential");
    }

    @Test
    void the_history_lists_attendance_and_homework_with_their_status() {
        ClientHistory history = new ClientHistory(new ClientId(3), "Casey (Casey Rivera)", List.of(
                new ClientHistory.Attendance(new GroupId(1), "Tuesday evening", STARTS, AttendanceStatus.LATE),
                new ClientHistory.Attendance(new GroupId(1), "Tuesday evening", STARTS.minusSeconds(604800), null)),
                List.of(new ClientHistory.Homework(new GroupId(1), "Tuesday evening", "Ask for help once", LocalDate.of(2026, 4, 13),
                        HomeworkStatus.SUBMITTED)));

        String read = text(files.historyPdf(history));

        assertThat(read).contains("Attendance and homework history", "Client: Casey (Casey Rivera)",
                "Tue 7 Apr 2026, 18:00 · Tuesday evening · Late", "Not marked",
                "Ask for help once · due Apr 13, 2026 · Submitted");
    }

    @Test
    void the_csvs_have_translated_headers_iso_dates_and_neutralised_cells() {
        AttendanceSheet attendance = new AttendanceSheet(new GroupId(1), "Tuesday", List.of(
                new AttendanceSheet.HeldSession(new SessionId(5), STARTS, Map.of(new ClientId(1), AttendanceStatus.PRESENT))),
                List.of(new AttendanceSheet.Member(new ClientId(1), "=Ana, \"A\"", LocalDate.of(2026, 1, 1), null)));
        HomeworkSheet homework = new HomeworkSheet(new GroupId(1), "Tuesday", List.of(new HomeworkSheet.Row(
                new ClientId(1), "Ana", "@small ask", LocalDate.of(2026, 4, 13), HomeworkStatus.REVIEWED, STARTS,
                STARTS.plusSeconds(86400))));

        assertThat(csv(files.attendanceCsv(attendance)))
                .isEqualTo("Date,Time,Member,Status\r\n2026-04-07,18:00,\"'=Ana, \"\"A\"\"\",Present\r\n");
        assertThat(csv(files.homeworkCsv(homework))).isEqualTo(
                "Member,Homework,Due,Status,Submitted,Reviewed\r\nAna,'@small ask,2026-04-13,Reviewed,2026-04-07,2026-04-08\r\n");
    }

    @Test
    void file_names_carry_ids_only() {
        assertThat(List.of(ExportFiles.noteFileName(new SessionId(5)), ExportFiles.handoutFileName(new SessionId(5)),
                ExportFiles.historyFileName(new ClientId(3)), ExportFiles.attendanceFileName(new GroupId(1)),
                ExportFiles.homeworkFileName(new GroupId(1)))).containsExactly("session-note-5.pdf",
                "session-plan-5.pdf", "client-history-3.pdf", "attendance-1.csv", "homework-board-1.csv");
    }

    static String csv(byte[] bytes) {
        assertThat(bytes[0]).isEqualTo((byte) 0xEF);
        return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    }

    static String text(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The names of the fonts the pages use, as embedded (a subset's name starts with a six-letter tag). */
    static List<String> fonts(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<String> names = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    names.add(font.getName());
                }
            }
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int pages(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Properties bundle() {
        Properties p = new Properties();
        try (var in = ExportFilesTest.class.getResourceAsStream("/vaadin-i18n/translations.properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
