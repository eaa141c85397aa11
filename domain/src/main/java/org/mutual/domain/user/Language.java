package org.mutual.domain.user;

import java.util.Arrays;
import java.util.Optional;

/** A language Mutual's screens are offered in, named by its IETF language tag. */
public enum Language {
    ENGLISH("en"),
    SPANISH("es");

    private final String tag;

    Language(String tag) {
        this.tag = tag;
    }

    public String tag() {
        return tag;
    }

    /**
     * The language someone chose ({@code languageTag}, as saved with their account), or English when
     * they chose none: for what is written to them outside a browser, which has no language to ask.
     */
    public static Language chosenOrEnglish(String languageTag) {
        return ofTag(languageTag).orElse(ENGLISH);
    }

    /** The language whose tag starts {@code languageTag} ("es", "es-MX"), if Mutual offers it. */
    public static Optional<Language> ofTag(String languageTag) {
        if (languageTag == null) {
            return Optional.empty();
        }
        String primary = languageTag.split("[-_]", 2)[0];
        return Arrays.stream(values()).filter(l -> l.tag.equalsIgnoreCase(primary)).findFirst();
    }
}
