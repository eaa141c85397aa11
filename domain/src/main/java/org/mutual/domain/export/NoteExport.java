package org.mutual.domain.export;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.mutual.domain.group.GroupId;
import org.mutual.domain.note.NoteId;
import org.mutual.domain.session.SessionId;

/**
 * A session's group note as it leaves the practice: the note text, who signed it and when, and its
 * addenda in the order they were added. {@code signedBy} and {@code signedAt} are null for a draft,
 * which is never exported.
 */
public record NoteExport(SessionId session, GroupId group, String groupName, Instant startsAt, Instant endsAt,
                         NoteId note, String text, String signedBy, Instant signedAt, List<Addendum> addenda) {

    public NoteExport {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(text, "text");
        addenda = List.copyOf(addenda);
    }

    public boolean isSigned() {
        return signedAt != null;
    }

    /** One dated addendum with its author's display name. */
    public record Addendum(String text, String author, Instant at) {
    }
}
