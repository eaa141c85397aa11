package org.mutual.ui.homework;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import org.mutual.domain.base.Validator;
import org.mutual.domain.homework.ResourceDraft;
import org.mutual.domain.homework.ResourceFile;
import org.mutual.domain.homework.ResourceId;
import org.mutual.domain.homework.ResourceService;
import org.mutual.ui.base.FormDialog;

/** Adds a library entry: title, author, a web link and/or one PDF, and a note for colleagues. */
public class ResourceForm extends FormDialog<ResourceId> {

    final TextField title = new TextField();
    final TextField author = new TextField();
    final TextField link = new TextField();
    final TextArea note = new TextArea();
    final Upload upload;
    private final FileError fileError = new FileError();
    private final transient ResourceService library;
    private volatile String uploadedName;
    private volatile byte[] uploaded;

    public ResourceForm(ResourceService library) {
        super("resource.add", "resource.add", "resource");
        this.library = library;
        title.setLabel(getTranslation("resource.title"));
        title.setId("resource-title");
        title.setMaxLength(ResourceDraft.TITLE_MAX);
        title.setRequiredIndicatorVisible(true);
        author.setLabel(getTranslation("resource.author"));
        author.setId("resource-author");
        author.setMaxLength(ResourceDraft.AUTHOR_MAX);
        link.setLabel(getTranslation("resource.link"));
        link.setId("resource-link");
        link.setMaxLength(ResourceDraft.LINK_MAX);
        link.setPlaceholder("https://");
        link.setHelperText(getTranslation("resource.link-help"));
        note.setLabel(getTranslation("resource.note"));
        note.setId("resource-note");
        note.setMaxLength(ResourceDraft.NOTE_MAX);

        // Kept in memory until the form is saved; the domain checks that it really is a PDF.
        upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            uploadedName = metadata.fileName();
            uploaded = bytes;
        }));
        upload.setId("resource-file");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(ResourceFile.MAX_BYTES);
        upload.setAcceptedFileTypes(ResourceFile.CONTENT_TYPE, ".pdf");
        upload.addFileRemovedListener(e -> {
            uploadedName = null;
            uploaded = null;
        });
        upload.addFileRejectedListener(e -> {
            fileError.setErrorMessage(e.getErrorMessage());
            fileError.setInvalid(true);
        });

        bindError("title", title);
        bindError("author", author);
        bindError("link", link);
        bindError("note", note);
        bindError("file", fileError);
        FormLayout layout = new FormLayout(title, author, link, note);
        layout.setColspan(note, 2);
        add(layout, new Span(getTranslation("resource.file")), upload, fileError);
        setWidth("min(40rem, 100vw)");
    }

    @Override
    protected ResourceId build() {
        Validator v = new Validator();
        ResourceFile file = uploaded == null ? null : v.attempt(() -> ResourceFile.pdf(uploadedName, uploaded));
        ResourceDraft draft = new ResourceDraft(title.getValue(), author.getValue(), link.getValue(), note.getValue());
        v.attempt(() -> draft.checked(uploaded != null));
        v.throwIfInvalid();
        return library.create(draft, file);
    }

    /** Where an upload's problem is shown, like a field's error message. */
    static final class FileError extends Span implements HasValidation {

        private boolean invalid;

        FileError() {
            setId("resource-file-error");
            addClassName("field-error");
            getElement().setAttribute("role", "alert");
        }

        @Override
        public void setErrorMessage(String message) {
            setText(message == null ? "" : message);
        }

        @Override
        public String getErrorMessage() {
            return getText();
        }

        @Override
        public void setInvalid(boolean invalid) {
            this.invalid = invalid;
            if (!invalid) {
                setText("");
            }
        }

        @Override
        public boolean isInvalid() {
            return invalid;
        }
    }
}
