package org.mutual.domain.homework;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import org.mutual.domain.base.ValidationException;

/** An uploaded PDF: only PDFs (checked by their content, not their name) of at most {@link #MAX_BYTES}. */
public final class ResourceFile {

    public static final int MAX_BYTES = 10 * 1024 * 1024;
    public static final int NAME_MAX = 200;
    public static final String CONTENT_TYPE = "application/pdf";
    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    private final String name;
    private final byte[] content;

    private ResourceFile(String name, byte[] content) {
        this.name = name;
        this.content = content;
    }

    /**
     * @throws ValidationException on {@code file} with {@code resource.file.not-pdf},
     *         {@code resource.file.too-large} or {@code resource.file.empty}
     */
    public static ResourceFile pdf(String name, byte[] content) {
        Objects.requireNonNull(content, "content");
        if (content.length == 0) {
            throw ValidationException.of("file", "resource.file.empty");
        }
        if (content.length > MAX_BYTES) {
            throw ValidationException.of("file", "resource.file.too-large", MAX_BYTES / (1024 * 1024));
        }
        if (content.length < PDF_MAGIC.length
                || !Arrays.equals(Arrays.copyOf(content, PDF_MAGIC.length), PDF_MAGIC)) {
            throw ValidationException.of("file", "resource.file.not-pdf");
        }
        return new ResourceFile(safeName(name), content.clone());
    }

    /** The stored name, reduced to characters that are safe in a download header. */
    static String safeName(String name) {
        String base = name == null ? "" : name.replaceAll("[^A-Za-z0-9._ -]", "_").strip();
        if (base.isEmpty()) {
            base = "resource";
        }
        if (base.length() > NAME_MAX - 4) {
            base = base.substring(0, NAME_MAX - 4);
        }
        return base.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf") ? base : base + ".pdf";
    }

    public String name() {
        return name;
    }

    public byte[] content() {
        return content.clone();
    }

    public int size() {
        return content.length;
    }
}
