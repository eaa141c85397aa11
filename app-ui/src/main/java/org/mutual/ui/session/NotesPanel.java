package org.mutual.ui.session;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.mutual.domain.base.ConcurrentEditException;
import org.mutual.domain.client.ClientId;
import org.mutual.domain.note.Addendum;
import org.mutual.domain.note.Note;
import org.mutual.domain.note.NoteService;
import org.mutual.domain.note.NoteStatus;
import org.mutual.domain.session.SessionId;
import org.mutual.ui.base.Formats;
import org.mutual.ui.export.Exports;

/**
 * One group note for the session and an optional progress note per member present. A draft is
 * saved explicitly and signed once; a signed note is read-only and takes dated addenda. Opening
 * this panel is a read of clinical notes and is audited.
 */
class NotesPanel extends VerticalLayout {

    /** Marks a note the editor believes doesn't exist yet: if someone created it meanwhile, saving conflicts. */
    private static final int NEW_NOTE = -1;

    private final transient NoteService notes;
    private final transient Exports exports;
    private final SessionId session;
    private final Map<ClientId, String> members;
    private final Formats formats;

    NotesPanel(NoteService notes, Exports exports, SessionId session, Map<ClientId, String> members,
               Formats formats) {
        this.notes = notes;
        this.exports = exports;
        this.session = session;
        this.members = members;
        this.formats = formats;
        setId("notes-panel");
        setPadding(false);
        render();
    }

    private void render() {
        removeAll();
        List<Note> all = notes.notes(session);
        add(new H3(getTranslation("note.group")));
        add(editor(find(all, null), null, "group-note"));
        add(new H3(getTranslation("note.progress")));
        Paragraph hint = new Paragraph(getTranslation("note.progress.hint"));
        add(hint);
        members.forEach((client, name) -> {
            Optional<Note> note = find(all, client);
            Details details = new Details(name + (note.map(n -> " · " + status(n)).orElse("")),
                    editor(note, client, "progress-note-" + client));
            details.setId("progress-" + client);
            add(details);
        });
    }

    private static Optional<Note> find(List<Note> all, ClientId client) {
        return all.stream().filter(n -> Objects.equals(n.client(), client)).findFirst();
    }

    private String status(Note note) {
        return note.status() == NoteStatus.SIGNED ? getTranslation("note.signed") : getTranslation("note.draft");
    }

    private Component editor(Optional<Note> note, ClientId client, String id) {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        box.setId(id);
        if (note.isPresent() && note.get().status() == NoteStatus.SIGNED) {
            Note signed = note.get();
            TextArea text = new TextArea();
            text.setId(id + "-text");
            text.setAriaLabel(getTranslation("note.text"));
            text.setValue(signed.text());
            text.setReadOnly(true);
            text.setWidthFull();
            Paragraph by = new Paragraph(getTranslation("note.signed-at", formats.dateTime(signed.signedAt())));
            by.setId(id + "-signed");
            box.add(text, by);
            if (client == null) {
                // Only the signed group note leaves the practice as a file; a draft never does.
                box.add(exports.notePdf(session));
            }
            for (Addendum addendum : signed.addenda()) {
                H4 when = new H4(getTranslation("note.addendum-at", formats.dateTime(addendum.at())));
                Paragraph body = new Paragraph(addendum.text());
                body.addClassName("note-addendum");
                box.add(when, body);
            }
            TextArea addendum = new TextArea(getTranslation("note.addendum"));
            addendum.setId(id + "-addendum");
            addendum.setMaxLength(Addendum.TEXT_MAX);
            addendum.setWidthFull();
            Button add = new Button(getTranslation("note.add-addendum"), e -> {
                notes.addAddendum(signed.id(), addendum.getValue());
                Notification.show(getTranslation("note.addendum-added"));
                render();
            });
            add.setId(id + "-add-addendum");
            box.add(addendum, add);
            return box;
        }
        int version = note.map(Note::version).orElse(NEW_NOTE);
        TextArea text = new TextArea();
        text.setId(id + "-text");
        text.setAriaLabel(getTranslation("note.text"));
        text.setPlaceholder(getTranslation(client == null ? "note.group.placeholder" : "note.progress.placeholder"));
        text.setValue(note.map(Note::text).orElse(""));
        text.setMaxLength(20000);
        text.setWidthFull();
        text.setMinHeight("8rem");
        Button save = new Button(getTranslation("note.save-draft"), e -> save(client, text.getValue(), version));
        save.setId(id + "-save");
        Button sign = new Button(getTranslation("note.sign"), e -> {
            Note saved = save(client, text.getValue(), version);
            if (saved != null) {
                notes.sign(saved.id(), saved.version());
                Notification.show(getTranslation("note.signed-done"));
                render();
            }
        });
        sign.setId(id + "-sign");
        sign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        box.add(text, new HorizontalLayout(save, sign));
        note.ifPresent(n -> box.add(new Paragraph(getTranslation("note.draft-saved-at", formats.dateTime(n.updatedAt())))));
        return box;
    }

    /** Saves the draft; on a conflict shows both versions and saves nothing. Returns null then. */
    private Note save(ClientId client, String text, int version) {
        try {
            Note saved = notes.saveDraft(session, client, text, version);
            if (saved.version() != version) {
                Notification.show(getTranslation("note.saved"));
            }
            render();
            return saved;
        } catch (ConcurrentEditException conflict) {
            showConflict(client, text);
            return null;
        }
    }

    private void showConflict(ClientId client, String mine) {
        Dialog dialog = new Dialog();
        dialog.setId("note-conflict");
        dialog.setHeaderTitle(getTranslation("note.conflict.title"));
        String theirs = notes.latest(session, client).map(Note::text).orElse("");
        TextArea theirText = new TextArea(getTranslation("note.conflict.theirs"));
        theirText.setValue(theirs);
        theirText.setReadOnly(true);
        theirText.setWidthFull();
        theirText.setId("note-conflict-theirs");
        TextArea myText = new TextArea(getTranslation("note.conflict.mine"));
        myText.setValue(mine);
        myText.setReadOnly(true);
        myText.setWidthFull();
        myText.setId("note-conflict-mine");
        dialog.add(new Paragraph(getTranslation("note.conflict.text")), theirText, myText);
        Button reload = new Button(getTranslation("note.conflict.reload"), e -> {
            dialog.close();
            render();
        });
        reload.setId("note-conflict-reload");
        reload.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(reload);
        dialog.setWidth("min(48rem, 95vw)");
        dialog.open();
    }
}
