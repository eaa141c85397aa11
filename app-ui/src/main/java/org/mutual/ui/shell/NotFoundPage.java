package org.mutual.ui.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** The page a user sees when an address leads nowhere. It says nothing about why. */
abstract class NotFoundPage extends VerticalLayout {

    NotFoundPage() {
        setId("not-found");
        add(new H2(getTranslation("notfound.title")), new Paragraph(getTranslation("notfound.text")),
                new Anchor("", getTranslation("denied.home")));
    }
}
