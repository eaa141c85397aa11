package org.mutual.domain.homework;

import java.time.Instant;
import java.util.Objects;
import org.mutual.domain.user.UserId;

/**
 * A library entry as stored: a link, an uploaded PDF, or both. The file's bytes are read separately
 * ({@link ResourceRepository#file}) so lists never carry them. {@code version} guards concurrent edits.
 */
public record Resource(ResourceId id, String title, String author, String link, String note, String fileName,
                       long fileSize, UserId createdBy, Instant createdAt, boolean archived, int version) {

    public Resource {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
    }

    public boolean hasFile() {
        return fileName != null;
    }
}
