package org.mutual.ui.export;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A plain, printable A4 document written top to bottom: text is wrapped to the page width and flows
 * onto new pages, and every page gets a footer with the practice's name and "page n of m".
 *
 * <p>The text is set in DejaVu Sans (bundled under {@code /fonts}, Bitstream Vera licence), embedded
 * as a subset of the glyphs the document uses, so a file stays a few tens of KB. It covers Latin with
 * the accents of every European language (Polish, Czech, Turkish, Romanian…), Greek, Cyrillic,
 * Armenian and Georgian, plus arrows, maths symbols and typographic punctuation. It has no Chinese,
 * Japanese or Korean characters and few emoji: a character the font lacks is shown by its base letter
 * where it has one and otherwise as "?", so no input can break an export. Text is laid out left to
 * right only (Hebrew or Arabic would come out in the wrong order and unshaped).
 */
final class PdfPages implements AutoCloseable {

    private static final PDRectangle A4 = PDRectangle.A4;
    private static final float MARGIN = 56;
    private static final float FOOTER = 32;
    private static final float WIDTH = A4.getWidth() - 2 * MARGIN;

    /** The font files, read from the classpath once; each document parses and subsets its own copy. */
    private static final byte[] REGULAR = fontFile("DejaVuSans.ttf");
    private static final byte[] BOLD = fontFile("DejaVuSans-Bold.ttf");
    private static final byte[] OBLIQUE = fontFile("DejaVuSans-Oblique.ttf");

    private final PDDocument document = new PDDocument();
    private final PDType0Font regular = font(REGULAR);
    private final PDType0Font bold = font(BOLD);
    private final PDType0Font italic = font(OBLIQUE);
    private final Map<Integer, Boolean> showable = new HashMap<>();
    private final String footer;
    private PDPageContentStream content;
    private float y;

    PdfPages(String title, String footer) {
        this.footer = footer;
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(printable(title));
        info.setCreator("Mutual");
        newPage();
    }

    /** The document's title, large and bold. */
    PdfPages title(String text) {
        return block(text, bold, 18, 6);
    }

    PdfPages heading(String text) {
        gap(8);
        return block(text, bold, 13, 4);
    }

    PdfPages subheading(String text) {
        gap(4);
        return block(text, bold, 11, 2);
    }

    /** Body text: each line break starts a new line, long lines wrap. */
    PdfPages text(String text) {
        return block(text, regular, 11, 4);
    }

    PdfPages small(String text) {
        return block(text, italic, 9, 4);
    }

    /** "Label: value" on one line (wrapping when long). */
    PdfPages field(String label, String value) {
        return block(label + ": " + (value == null ? "" : value), regular, 11, 1);
    }

    /** A horizontal rule across the text width. */
    PdfPages rule() {
        ensure(8);
        try {
            content.setLineWidth(0.5f);
            content.moveTo(MARGIN, y - 3);
            content.lineTo(MARGIN + WIDTH, y - 3);
            content.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y -= 8;
        return this;
    }

    PdfPages gap(float points) {
        y -= points;
        return this;
    }

    /** The finished file. */
    byte[] bytes() {
        try {
            content.close();
            content = null;
            int pages = document.getNumberOfPages();
            for (int i = 0; i < pages; i++) {
                PDPage page = document.getPage(i);
                try (PDPageContentStream foot = new PDPageContentStream(document, page,
                        PDPageContentStream.AppendMode.APPEND, true)) {
                    write(foot, regular, 8, MARGIN, FOOTER, printable(footer));
                    String number = (i + 1) + " / " + pages;
                    write(foot, regular, 8, MARGIN + WIDTH - width(regular, 8, number), FOOTER, number);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            if (content != null) {
                content.close();
            }
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private PdfPages block(String text, PDFont font, float size, float after) {
        float leading = size * 1.35f;
        for (String paragraph : printable(text == null ? "" : text).split("\n", -1)) {
            for (String line : wrap(paragraph, font, size)) {
                ensure(leading);
                y -= leading;
                try {
                    write(content, font, size, MARGIN, y, line);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        y -= after;
        return this;
    }

    /** Breaks at spaces; a word wider than the page is broken where it has to be. */
    private List<String> wrap(String paragraph, PDFont font, float size) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : paragraph.split(" ", -1)) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width(font, size, candidate) <= WIDTH) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (width(font, size, rest) > WIDTH) {
                int cut = rest.offsetByCodePoints(rest.length(), -1);
                while (cut > 1 && width(font, size, rest.substring(0, cut)) > WIDTH) {
                    cut = rest.offsetByCodePoints(cut, -1);
                }
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        lines.add(line.toString());
        return lines;
    }

    private void ensure(float height) {
        if (y - height < MARGIN + FOOTER - 12) {
            newPage();
        }
    }

    private void newPage() {
        try {
            if (content != null) {
                content.close();
            }
            PDPage page = new PDPage(A4);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            y = A4.getHeight() - MARGIN;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(PDPageContentStream stream, PDFont font, float size, float x, float at, String text)
            throws IOException {
        stream.beginText();
        stream.setFont(font, size);
        stream.newLineAtOffset(x, at);
        stream.showText(text);
        stream.endText();
    }

    private static float width(PDFont font, float size, String text) {
        try {
            return font.getStringWidth(text) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private PDType0Font font(byte[] file) {
        try {
            return PDType0Font.load(document, new ByteArrayInputStream(file), true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] fontFile(String name) {
        try (InputStream in = Objects.requireNonNull(PdfPages.class.getResourceAsStream("/fonts/" + name),
                "font /fonts/" + name + " missing from the classpath")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The text composed (NFC, so a letter typed with a combining accent becomes one character), with
     * line breaks normalised to \n, tabs as spaces, other control characters dropped, and every
     * character the fonts cannot show replaced (by its base letter or "?").
     */
    String printable(String text) {
        String unified = Normalizer.normalize(text, Normalizer.Form.NFC)
                .replace("\r\n", "\n").replace('\r', '\n').replace('\t', ' ');
        StringBuilder out = new StringBuilder(unified.length());
        unified.codePoints().forEach(cp -> {
            if (cp == '\n') {
                out.append('\n');
            } else if (Character.isSpaceChar(cp)) {
                out.append(' ');
            } else if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT
                    || Character.isEmojiModifier(cp)) {
                // zero-width joiners, bidi marks, emoji skin tones: nothing to print
            } else if (Character.getType(cp) == Character.NON_SPACING_MARK && !out.isEmpty()) {
                // an accent with no precomposed letter left after NFC (marks are not positioned here),
                // or a variation selector of an emoji
            } else if (canShow(cp)) {
                out.appendCodePoint(cp);
            } else {
                String base = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFD);
                int first = base.codePointAt(0);
                out.append(first != cp && canShow(first) ? new String(Character.toChars(first)) : "?");
            }
        });
        return out.toString();
    }

    /** Whether all three faces have a glyph for the character (the bold and oblique have fewer). */
    private boolean canShow(int cp) {
        return showable.computeIfAbsent(cp, c -> hasGlyph(regular, c) && hasGlyph(bold, c) && hasGlyph(italic, c));
    }

    private static boolean hasGlyph(PDType0Font font, int cp) {
        return font.getCmapLookup().getGlyphId(cp) != 0;
    }
}
