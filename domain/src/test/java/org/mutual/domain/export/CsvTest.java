package org.mutual.domain.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void plain_cells_are_written_as_they_are_with_crlf_line_ends() {
        String text = new Csv().row("Date", "Member", "Status").row("2026-04-07", "Ana", "Present").text();

        assertThat(text).isEqualTo("Date,Member,Status\r\n2026-04-07,Ana,Present\r\n");
    }

    @Test
    void a_cell_with_a_comma_quote_or_line_break_is_quoted_with_quotes_doubled() {
        assertThat(Csv.cell("Smith, Ana")).isEqualTo("\"Smith, Ana\"");
        assertThat(Csv.cell("the \"small\" ask")).isEqualTo("\"the \"\"small\"\" ask\"");
        assertThat(Csv.cell("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(Csv.cell("two\r\nlines")).isEqualTo("\"two\r\nlines\"");
        assertThat(Csv.cell(" padded ")).isEqualTo("\" padded \"");
    }

    @Test
    void a_cell_a_spreadsheet_would_run_as_a_formula_is_neutralised() {
        assertThat(Csv.cell("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(Csv.cell("+1")).isEqualTo("'+1");
        assertThat(Csv.cell("-2+3")).isEqualTo("'-2+3");
        assertThat(Csv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(Csv.cell("\tcmd")).isEqualTo("'\tcmd");
        assertThat(Csv.cell("\rcmd")).isEqualTo("\"'\rcmd\"");
        assertThat(Csv.cell("a=b")).isEqualTo("a=b");
    }

    @Test
    void null_is_an_empty_cell_and_numbers_are_their_text() {
        assertThat(new Csv().row("a", null, 3).text()).isEqualTo("a,,3\r\n");
    }

    @Test
    void the_file_is_utf8_with_a_byte_order_mark_so_accents_survive_a_spreadsheet() {
        byte[] bytes = new Csv().row("Begoña", "ñandú").bytes();

        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8)).isEqualTo("Begoña,ñandú\r\n");
    }
}
