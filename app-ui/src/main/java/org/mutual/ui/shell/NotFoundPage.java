package org.mutual.ui.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;

/** The page a user sees when an address leads nowhere. It says nothing about why. */
abstract class NotFoundPage extends VerticalLayout implements HasDynamicTitle {

    NotFoundPage() {
        setId("not-found");
        add(new H2(getTranslation("notfound.title")), new Paragraph(getTranslation("notfound.text")),
                new Anchor("", getTranslation("denied.home")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.record-not-found");
    }
}
