package org.mutual.ui.my;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.mutual.domain.user.Roles;

/** {@code /my/homework}: a client's homework. Nothing is assigned yet, and the page says so. */
@Route("my/homework")
@PageTitle("My homework · Mutual")
@RolesAllowed(Roles.CLIENT)
public class MyHomeworkView extends VerticalLayout {

    public MyHomeworkView() {
        setId("my-homework");
        Paragraph empty = new Paragraph(getTranslation("my.homework.empty"));
        empty.setId("my-homework-empty");
        add(new H2(getTranslation("my.homework.title")), empty);
    }
}
