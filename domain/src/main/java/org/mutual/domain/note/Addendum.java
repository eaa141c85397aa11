package org.mutual.domain.note;

import java.time.Instant;
import java.util.Objects;
import org.mutual.domain.base.Validator;
import org.mutual.domain.user.UserId;

/** A dated correction or addition to a signed note. {@code id} is null before it is stored. */
public record Addendum(AddendumId id, String text, UserId author, Instant at) {

    public static final int TEXT_MAX = 5000;

    public Addendum {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(at, "at");
    }

    /** A new addendum with checked text; it still needs a signed note, see {@link Note#addendum}. */
    public static Addendum of(String text, UserId author, Instant at) {
        Validator v = new Validator();
        String clean = v.requiredText(text, "text", TEXT_MAX);
        v.throwIfInvalid();
        return new Addendum(null, clean, author, at);
    }
}
