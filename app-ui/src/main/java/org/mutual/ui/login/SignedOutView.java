package org.mutual.ui.login;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * {@code /signed-out}: where single sign-on's logout ends, after the identity provider ended its
 * session too. A plain page, so the browser's back button has nothing signed-in to return to.
 */
@Route(value = "signed-out", autoLayout = false)
@AnonymousAllowed
public class SignedOutView extends VerticalLayout implements HasDynamicTitle {

    public SignedOutView() {
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        addClassName("login-view");
        setId("signed-out");

        Anchor again = new Anchor("login", getTranslation("signed-out.sign-in"));
        again.setId("sign-in-again");
        // A full page load: the server sends /login on to the identity provider.
        again.setRouterIgnore(true);
        add(new H1(getTranslation("app.name")), new H2(getTranslation("signed-out.title")),
                new Paragraph(getTranslation("signed-out.text")), again);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.signed-out");
    }
}
