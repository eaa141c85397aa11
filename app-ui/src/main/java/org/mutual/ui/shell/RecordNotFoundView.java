package org.mutual.ui.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import org.mutual.domain.base.NotFoundException;

/** Shown when a URL names a record that does not exist (or a malformed id). */
@PermitAll
@ParentLayout(MainLayout.class)
public class RecordNotFoundView extends VerticalLayout implements HasDynamicTitle, HasErrorParameter<NotFoundException> {

    public RecordNotFoundView() {
        setId("not-found");
        add(new H2(getTranslation("notfound.title")), new Paragraph(getTranslation("notfound.text")),
                new Anchor("", getTranslation("denied.home")));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return HttpServletResponse.SC_NOT_FOUND;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.record-not-found");
    }
}
