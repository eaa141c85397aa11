package org.mutual.domain.export;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * A spreadsheet-safe CSV text: RFC 4180 (comma separated, CRLF line ends, a cell with a comma, quote or
 * line break in double quotes with quotes doubled), UTF-8 with a byte order mark so spreadsheet apps
 * read accents right, and every cell that a spreadsheet would run as a formula (starting with
 * {@code = + - @}, a tab or a carriage return) neutralised with a leading apostrophe — a note title
 * like {@code =HYPERLINK(...)} must stay text on the therapist's machine.
 */
public final class Csv {

    private static final String BOM = "\uFEFF";
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private final StringBuilder text = new StringBuilder();

    /** Appends one row; a null cell is written empty. */
    public Csv row(List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                text.append(',');
            }
            text.append(cell(cells.get(i)));
        }
        text.append("\r\n");
        return this;
    }

    public Csv row(Object... cells) {
        return row(Arrays.asList(cells));
    }

    /** The rows as written, without the byte order mark. */
    public String text() {
        return text.toString();
    }

    /** The file's bytes: UTF-8 with a byte order mark. */
    public byte[] bytes() {
        return (BOM + text).getBytes(StandardCharsets.UTF_8);
    }

    /** One cell, neutralised and quoted where it needs to be. */
    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String s = value.toString();
        if (!s.isEmpty() && FORMULA_STARTS.indexOf(s.charAt(0)) >= 0) {
            s = "'" + s;
        }
        boolean quote = s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0
                || (!s.isEmpty() && (Character.isWhitespace(s.charAt(0))
                        || Character.isWhitespace(s.charAt(s.length() - 1))));
        return quote ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }
}
