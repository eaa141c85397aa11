package org.mutual.security;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The hostile-input corpus: text an attacker, a confused user or a broken client might send into any
 * field or URL. Each entry has a category and a short label for failure messages; the payloads that
 * could run script set {@code window.__pwned}, so a page that executes one is caught by looking.
 */
public final class HostileInputs {

    /** What kind of trouble an input is. */
    public enum Category {
        SCRIPT, SQL, TEMPLATE, HEADER, PATH, LONG, CONTROL, UNICODE, DATE, NUMBER, ID
    }

    /** One input: its category, a short label and the exact text. */
    public record Input(Category category, String label, String value) {

        /** The input as a form field keeps it: text fields trim surrounding white space, nothing else. */
        public String stored() {
            return value.strip();
        }

        /** The date a strict date field makes of the text, if it is one. */
        public Optional<LocalDate> asDate() {
            try {
                return Optional.of(LocalDate.parse(value.strip(), STRICT_DATE));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }

        /** The whole number a number field makes of the text, if it is one that fits an int. */
        public Optional<Integer> asInteger() {
            try {
                return Optional.of(Integer.parseInt(value.strip()));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }

        /** The id a URL or id field makes of the text, if it is a whole number that fits a long. */
        public Optional<Long> asLong() {
            try {
                return Optional.of(Long.parseLong(value.strip()));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }

        @Override
        public String toString() {
            return category + " " + label;
        }
    }

    static final DateTimeFormatter STRICT_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    /** One megabyte of text (a million characters). */
    public static final int MEGABYTE = 1 << 20;

    private static final List<Input> ALL = build();

    private HostileInputs() {
    }

    /** Every input, in a fixed order. */
    public static List<Input> all() {
        return ALL;
    }

    public static List<Input> of(Category... categories) {
        List<Category> wanted = List.of(categories);
        return ALL.stream().filter(i -> wanted.contains(i.category())).toList();
    }

    /** The inputs that could run script if a page rendered them as markup. */
    public static List<Input> scripts() {
        return of(Category.SCRIPT);
    }

    /** Malformed and out-of-range record ids, as they'd appear in a URL segment. */
    public static List<Input> ids() {
        return of(Category.ID);
    }

    /** The typed dates a date field can produce, including the extremes the calendar allows. */
    public static List<LocalDate> extremeDates() {
        return List.of(LocalDate.MIN, LocalDate.of(-1, 1, 1), LocalDate.of(0, 1, 1), LocalDate.of(1, 1, 1),
                LocalDate.of(1899, 12, 31), LocalDate.of(1900, 1, 1), LocalDate.of(1900, 2, 28),
                LocalDate.of(1970, 1, 1), LocalDate.of(2000, 2, 29), LocalDate.of(2038, 1, 19),
                LocalDate.of(9999, 12, 31), LocalDate.of(10000, 1, 1), LocalDate.MAX);
    }

    /** The typed whole numbers a number field can produce. */
    public static List<Integer> extremeIntegers() {
        return List.of(Integer.MIN_VALUE, Integer.MIN_VALUE + 1, -1_000_000, -1, 0, 1, 1_000_000,
                Integer.MAX_VALUE - 1, Integer.MAX_VALUE);
    }

    private static List<Input> build() {
        List<Input> all = new ArrayList<>();
        Adder add = (category, label, value) -> all.add(new Input(category, label, value));

        // Script and markup: each would set window.__pwned if it ran.
        String[] scripts = {
            "<script>window.__pwned=1</script>",
            "<SCRIPT>window.__pwned=1</SCRIPT>",
            "<script src=data:text/javascript,window.__pwned=1></script>",
            "<img src=x onerror=\"window.__pwned=1\">",
            "<img src=x onerror=window.__pwned=1//",
            "<svg onload=window.__pwned=1>",
            "<svg><script>window.__pwned=1</script></svg>",
            "<svg><animate onbegin=window.__pwned=1 attributeName=x dur=1s>",
            "<body onload=window.__pwned=1>",
            "<iframe src=\"javascript:window.__pwned=1\"></iframe>",
            "<iframe srcdoc=\"<script>parent.__pwned=1</script>\"></iframe>",
            "<a href=\"javascript:window.__pwned=1\">click</a>",
            "<details open ontoggle=window.__pwned=1>",
            "<input autofocus onfocus=window.__pwned=1>",
            "<video><source onerror=\"window.__pwned=1\"></video>",
            "<math><mtext><table><mglyph><style><img src=x onerror=window.__pwned=1>",
            "\"><script>window.__pwned=1</script>",
            "'><img src=x onerror=window.__pwned=1>",
            "</textarea><script>window.__pwned=1</script>",
            "</title><script>window.__pwned=1</script>",
            "<style>@import 'javascript:window.__pwned=1';</style>",
            "<object data=\"javascript:window.__pwned=1\"></object>",
            "<embed src=\"javascript:window.__pwned=1\">",
            "<marquee onstart=window.__pwned=1>x</marquee>",
            "<div style=\"background:url(javascript:window.__pwned=1)\">x</div>",
            "<meta http-equiv=\"refresh\" content=\"0;url=javascript:window.__pwned=1\">",
            "javascript:window.__pwned=1",
            "&lt;script&gt;window.__pwned=1&lt;/script&gt;",
            "&#60;script&#62;window.__pwned=1&#60;/script&#62;",
            "%3Cscript%3Ewindow.__pwned=1%3C%2Fscript%3E",
            "<scr<script>ipt>window.__pwned=1</scr</script>ipt>",
            "<<script>script>window.__pwned=1<</script>/script>",
            "<!--<img src=\"--><img src=x onerror=window.__pwned=1//\">",
            "<b>bold</b> <i>italic</i> <u>under</u>",
            "<template><script>window.__pwned=1</script></template>",
            "<vaadin-button onclick=window.__pwned=1>x</vaadin-button>",
            "\u003cscript\u003ewindow.__pwned=1\u003c/script\u003e",
            "<img src=x onerror=&#x77;indow.__pwned=1>",
        };
        for (int i = 0; i < scripts.length; i++) {
            add.add(Category.SCRIPT, "markup-" + (i + 1), scripts[i]);
        }

        String[] sql = {
            "'; drop table client; --",
            "'; DROP TABLE app_user; --",
            "' OR '1'='1",
            "' OR 1=1 --",
            "\" OR \"\"=\"",
            "1; select 1",
            "1' UNION SELECT username, password_hash FROM app_user --",
            "admin'--",
            "' AND sleep(5) --",
            "'; SELECT pg_sleep(5); --",
            "%' OR '%'='",
            "%",
            "_",
            "%%",
            "\\",
            "\\'",
            "''",
            "'",
            "\"",
            "`",
            "--",
            "/*",
            "*/",
            "; COMMIT; --",
            "$$; drop table client; $$",
            "E'\\x00'",
            "%00",
            "\\0",
            "CHAR(0)",
            "0x27",
        };
        for (int i = 0; i < sql.length; i++) {
            add.add(Category.SQL, "sql-" + (i + 1), sql[i]);
        }

        String[] templates = {
            "${7*7}", "{{7*7}}", "#{7*7}", "*{7*7}", "@{7*7}", "<%= 7*7 %>", "${T(java.lang.Runtime).getRuntime()}",
            "{0}", "{0,number,#}", "{1}", "%s%s%s%n", "%x", "${jndi:ldap://example.invalid/a}", "[[${7*7}]]",
            "{{constructor.constructor('window.__pwned=1')()}}",
        };
        for (int i = 0; i < templates.length; i++) {
            add.add(Category.TEMPLATE, "template-" + (i + 1), templates[i]);
        }

        add.add(Category.HEADER, "crlf-header", "x\r\nSet-Cookie: pwned=1");
        add.add(Category.HEADER, "crlf-body", "x\r\n\r\n<script>window.__pwned=1</script>");
        add.add(Category.HEADER, "lf-only", "line one\nline two");
        add.add(Category.HEADER, "cr-only", "line one\rline two");
        add.add(Category.HEADER, "encoded-crlf", "x%0d%0aSet-Cookie:pwned=1");
        add.add(Category.HEADER, "tab", "a\tb");
        add.add(Category.HEADER, "many-lines", "a\n".repeat(2000));

        String[] paths = {
            "../", "../../../../etc/passwd", "..\\..\\windows\\win.ini", "%2e%2e%2f", "..%2f..%2f", "/etc/passwd",
            "file:///etc/passwd", "....//", "./.", "~", "\\\\server\\share", "http://example.invalid/",
        };
        for (int i = 0; i < paths.length; i++) {
            add.add(Category.PATH, "path-" + (i + 1), paths[i]);
        }

        add.add(Category.LONG, "1MB-ascii", "a".repeat(MEGABYTE));
        add.add(Category.LONG, "1MB-script", "<script>window.__pwned=1</script>".repeat(MEGABYTE / 33));
        add.add(Category.LONG, "1MB-emoji", "\uD83D\uDE00".repeat(MEGABYTE / 2));
        add.add(Category.LONG, "64k-words", "word ".repeat(13_107));
        add.add(Category.LONG, "4001", "x".repeat(4001));
        add.add(Category.LONG, "4000", "y".repeat(4000));
        add.add(Category.LONG, "255", "z".repeat(255));
        add.add(Category.LONG, "256", "z".repeat(256));
        add.add(Category.LONG, "121", "n".repeat(121));
        add.add(Category.LONG, "120", "n".repeat(120));
        add.add(Category.LONG, "1MB-spaces", " ".repeat(MEGABYTE));

        add.add(Category.CONTROL, "NUL", "\u0000");
        add.add(Category.CONTROL, "NUL-inside", "before\u0000after");
        add.add(Category.CONTROL, "NUL-trailing", "name\u0000");
        add.add(Category.CONTROL, "BEL", "ring\u0007");
        add.add(Category.CONTROL, "backspace", "back\bspace");
        add.add(Category.CONTROL, "ESC-ansi", "\u001b[31mred\u001b[0m");
        add.add(Category.CONTROL, "vertical-tab", "v\u000btab");
        add.add(Category.CONTROL, "form-feed", "form\ffeed");
        add.add(Category.CONTROL, "DEL", "del\u007f");
        add.add(Category.CONTROL, "C1-NEL", "next\u0085line");
        add.add(Category.CONTROL, "C1-CSI", "csi\u009b31m");
        StringBuilder c0 = new StringBuilder();
        for (char c = 1; c < 32; c++) {
            c0.append(c);
        }
        add.add(Category.CONTROL, "all-C0", "x" + c0 + "x");
        add.add(Category.CONTROL, "only-whitespace", " \t\r\n ");
        add.add(Category.CONTROL, "empty", "");
        add.add(Category.CONTROL, "single-space", " ");
        add.add(Category.CONTROL, "nbsp-only", "\u00a0\u00a0");
        add.add(Category.CONTROL, "zero-width-space", "\u200b");
        add.add(Category.CONTROL, "BOM", "\ufeffname");
        add.add(Category.CONTROL, "line-separator", "a\u2028b\u2029c");

        add.add(Category.UNICODE, "RTL-override", "\u202eevil.exe\u202c");
        add.add(Category.UNICODE, "RTL-override-name", "Casey\u202e txt.exe");
        add.add(Category.UNICODE, "arabic", "مرحبا بالعالم");
        add.add(Category.UNICODE, "hebrew", "שלום עולם");
        add.add(Category.UNICODE, "mixed-bidi", "abc אבג 123 مرحبا");
        add.add(Category.UNICODE, "LRI-PDI", "\u2066isolated\u2069");
        add.add(Category.UNICODE, "emoji", "\uD83D\uDE00\uD83D\uDE80\uD83C\uDF89");
        add.add(Category.UNICODE, "emoji-ZWJ-family", "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67\u200D\uD83D\uDC66");
        add.add(Category.UNICODE, "emoji-ZWJ-rainbow-flag", "\uD83C\uDFF3\uFE0F\u200D\uD83C\uDF08");
        add.add(Category.UNICODE, "emoji-skin-tone", "\uD83D\uDC4B\uD83C\uDFFD");
        add.add(Category.UNICODE, "flag", "\uD83C\uDDF3\uD83C\uDDF1");
        add.add(Category.UNICODE, "lone-high-surrogate", "a\uD83Db");
        add.add(Category.UNICODE, "lone-low-surrogate", "a\uDE00b");
        add.add(Category.UNICODE, "reversed-surrogates", "\uDE00\uD83D");
        add.add(Category.UNICODE, "trailing-high-surrogate", "end\uD83D");
        add.add(Category.UNICODE, "combining-zalgo", "Z\u0351\u0356\u0337a\u035b\u035dl\u0363g\u0310o");
        add.add(Category.UNICODE, "CJK", "漢字テスト한국어");
        add.add(Category.UNICODE, "astral-math", "\uD835\uDD73\uD835\uDD8A\uD835\uDD98\uD835\uDD99");
        add.add(Category.UNICODE, "fullwidth-script", "\uFF1Cscript\uFF1Ewindow.__pwned=1\uFF1C/script\uFF1E");
        add.add(Category.UNICODE, "homoglyph", "аdmin");
        add.add(Category.UNICODE, "noncharacter", "x\uFFFFy\uFFFEz");
        add.add(Category.UNICODE, "replacement-char", "\uFFFD\uFFFD");
        add.add(Category.UNICODE, "private-use", "\uE000\uF8FF");
        add.add(Category.UNICODE, "turkish-i", "İıI i");
        add.add(Category.UNICODE, "german-sharp-s", "Straße ẞ");
        add.add(Category.UNICODE, "O'Neil", "O'Neil");
        add.add(Category.UNICODE, "ampersand", "Tom & Jerry <3");

        String[] dates = {
            "0000-00-00", "9999-12-31", "1900-02-29", "2023-02-29", "2024-02-30", "2024-13-01", "2024-00-10",
            "2024-04-31", "-0001-01-01", "+10000-01-01", "+999999999-12-31", "-999999999-01-01", "0001-01-01",
            "1899-12-31", "1970-01-01", "2038-01-19", "2000-02-29", "31/12/2024", "12/31/2024", "2024-1-1",
            "2024-01-01T00:00:00Z", "yesterday", "",
        };
        for (String d : dates) {
            add.add(Category.DATE, "date " + (d.isEmpty() ? "(empty)" : d), d);
        }

        String[] numbers = {
            "-1", "0", "1", "-0", "2147483647", "2147483648", "-2147483648", "-2147483649", "9223372036854775807",
            "9223372036854775808", "-9223372036854775808", "1e309", "-1e309", "1e-400", "NaN", "Infinity",
            "-Infinity", "0x10", "1.5", "1,5", "007", "+5", "1_000", "٣", "１２", "1 000",
            new BigDecimal("1e100").toPlainString(),
        };
        for (String n : numbers) {
            add.add(Category.NUMBER, "number " + (n.length() > 24 ? n.substring(0, 24) + "…" : n), n);
        }

        String[] ids = {
            "-1", "0", "1e3", "99999999999", "999999999999999999", "9223372036854775807", "9223372036854775808",
            "99999999999999999999999999999", "abc", "00000000-0000-0000-0000-000000000000",
            "3fa85f64-5717-4562-b3fc-2c963f66afa6", "1;select 1", "1 OR 1=1", "1'", "../", "..%2f..%2f", "%00",
            "1%00", "١٢٣", "１２", "", " ", "%20", "01", "1.0", "0x1", "+1", "1,2", "<script>window.__pwned=1</script>",
            "%3Cscript%3E", "null", "undefined", "NaN", "true", "[]", "{}", "1/2", "~1",
        };
        for (String id : ids) {
            add.add(Category.ID, "id " + (id.isEmpty() ? "(empty)" : id.isBlank() ? "(space)" : id), id);
        }
        return List.copyOf(all);
    }

    @FunctionalInterface
    private interface Adder {
        void add(Category category, String label, String value);
    }
}
