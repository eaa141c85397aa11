package org.mutual.ui.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** The page a user sees when they may not open something. It says nothing about the record. */
abstract class DeniedPage extends VerticalLayout {

    DeniedPage() {
        setId("access-denied");
        add(new H2(getTranslation("denied.title")), new Paragraph(getTranslation("denied.text")),
                new Anchor("", getTranslation("denied.home")));
    }
}
