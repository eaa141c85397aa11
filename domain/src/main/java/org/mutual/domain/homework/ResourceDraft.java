package org.mutual.domain.homework;

import java.net.URI;
import java.util.Locale;
import org.mutual.domain.base.ValidationException;
import org.mutual.domain.base.Validator;

/** What a therapist enters for a library entry; {@link #checked} applies every rule at once. */
public record ResourceDraft(String title, String author, String link, String note) {

    public static final int TITLE_MAX = 200;
    public static final int AUTHOR_MAX = 200;
    public static final int LINK_MAX = 500;
    public static final int NOTE_MAX = 1000;

    /**
     * The draft trimmed and checked: a title, a web link (http or https) when one is given, and either
     * a link or a file.
     *
     * @throws ValidationException with every broken rule
     */
    public ResourceDraft checked(boolean hasFile) {
        Validator v = new Validator();
        String cleanTitle = v.requiredText(title, "title", TITLE_MAX);
        String cleanAuthor = v.optionalText(author, "author", AUTHOR_MAX);
        String cleanLink = v.optionalText(link, "link", LINK_MAX);
        String cleanNote = v.optionalText(note, "note", NOTE_MAX);
        v.require(cleanLink == null || isWebLink(cleanLink), "link", "resource.link.invalid");
        v.require(cleanLink != null || hasFile, "link", "resource.link-or-file");
        v.throwIfInvalid();
        return new ResourceDraft(cleanTitle, cleanAuthor, cleanLink, cleanNote);
    }

    static boolean isWebLink(String link) {
        try {
            URI uri = new URI(link);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }
}
