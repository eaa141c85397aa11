package org.mutual.ui.export;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.TransferContext;
import com.vaadin.flow.server.streams.TransferProgressListener;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.function.Supplier;
import org.mutual.domain.base.AccessDeniedException;
import org.mutual.domain.base.NotFoundException;

/**
 * A download link for one export with a status beside it. The file is made in the download request
 * (never in the UI thread): the service checks access and audits, the renderer writes the bytes. While
 * it is being made the status says so, and the page polls so it learns when the file is done.
 */
public final class ExportLink extends Span {

    /** The file as made in the download request. */
    record ExportFile(String name, String contentType, byte[] bytes) {
    }

    private final Anchor anchor;
    private final Span status = new Span();

    ExportLink(String id, String labelKey, Supplier<ExportFile> maker) {
        anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            try {
                ExportFile file = maker.get();
                return new DownloadResponse(new ByteArrayInputStream(file.bytes()), file.name(), file.contentType(),
                        file.bytes().length);
            } catch (AccessDeniedException | NotFoundException refused) {
                // The service audited the refusal; the browser gets a status, not a trace, and the
                // page stops waiting for a file that will not come.
                if (event.getUI() != null) {
                    finished(event.getUI(), "export.failed");
                }
                return DownloadResponse.error(HttpStatusCode.NOT_FOUND);
            }
        }, new Progress()), I18NProvider.translate(labelKey));
        anchor.setId(id);
        anchor.getElement().setAttribute("download", true);
        status.setId(id + "-status");
        // A live region of its own beside the link: styled apart (styles.css) and announced by
        // screen readers when its text changes, without moving the focus off the link.
        status.addClassName("export-status");
        status.getElement().setAttribute("role", "status");
        status.getElement().setAttribute("aria-live", "polite");
        addClassName("export-link");
        add(anchor, status);
        // The click reaches the server before the browser asks for the file: show that work started.
        anchor.getElement().addEventListener("click", e -> started());
    }

    public Anchor anchor() {
        return anchor;
    }

    private void started() {
        status.setText(I18NProvider.translate("export.preparing"));
        getUI().ifPresent(ui -> ui.setPollInterval(500));
    }

    private void finished(UI ui, String key) {
        ui.access(() -> {
            status.setText(I18NProvider.translate(key));
            ui.setPollInterval(-1);
        });
    }

    /** Reports the transfer's end back into the page. */
    private final class Progress implements TransferProgressListener {

        @Override
        public void onStart(TransferContext context) {
            UI ui = context.getUI();
            if (ui != null) {
                ui.access(() -> status.setText(I18NProvider.translate("export.preparing")));
            }
        }

        @Override
        public void onComplete(TransferContext context, long bytes) {
            UI ui = context.getUI();
            if (ui != null) {
                finished(ui, "export.ready");
            }
        }

        @Override
        public void onError(TransferContext context, IOException reason) {
            UI ui = context.getUI();
            if (ui != null) {
                finished(ui, "export.failed");
            }
        }
    }
}
