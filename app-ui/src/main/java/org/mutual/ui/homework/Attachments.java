package org.mutual.ui.homework;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.HttpStatusCode;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.mutual.domain.base.AccessDeniedException;
import org.mutual.domain.base.NotFoundException;
import org.mutual.domain.homework.Resource;
import org.mutual.domain.homework.ResourceFile;
import org.mutual.domain.homework.ResourceService;

/**
 * The library entries attached to a homework: a web link opens in a new tab, a PDF downloads through
 * {@link ResourceService#download}, which checks (and audits) that the current user may have it.
 */
public class Attachments extends VerticalLayout {

    public Attachments(List<Resource> resources, ResourceService service) {
        setId("homework-resources");
        setPadding(false);
        setSpacing(false);
        for (Resource resource : resources) {
            Div entry = new Div();
            entry.addClassName("homework-resource");
            Span title = new Span(resource.author() == null ? resource.title()
                    : getTranslation("resource.by", resource.title(), resource.author()));
            title.addClassName("homework-resource-title");
            entry.add(title);
            if (resource.link() != null) {
                Anchor link = new Anchor(resource.link(), getTranslation("resource.open-link"), AnchorTarget.BLANK);
                link.getElement().setAttribute("rel", "noopener noreferrer");
                link.setId("resource-link-" + resource.id());
                entry.add(new Span(" · "), link);
            }
            if (resource.hasFile()) {
                Anchor pdf = pdfLink(resource, service);
                entry.add(new Span(" · "), pdf);
            }
            if (resource.note() != null) {
                Div note = new Div(resource.note());
                note.addClassName("homework-resource-note");
                entry.add(note);
            }
            add(entry);
        }
    }

    /** A download link for the entry's PDF; the service checks and audits each download. */
    static Anchor pdfLink(Resource resource, ResourceService service) {
        Anchor pdf = new Anchor(DownloadHandler.fromInputStream(event -> {
            try {
                ResourceFile file = service.download(resource.id());
                return new DownloadResponse(new ByteArrayInputStream(file.content()), file.name(),
                        ResourceFile.CONTENT_TYPE, file.size());
            } catch (AccessDeniedException | NotFoundException refused) {
                // Refusals are audited by the service; the browser gets a status, not a trace.
                return DownloadResponse.error(HttpStatusCode.NOT_FOUND);
            }
        }), I18NProvider.translate("resource.download-pdf"));
        pdf.setId("resource-file-" + resource.id());
        return pdf;
    }
}
