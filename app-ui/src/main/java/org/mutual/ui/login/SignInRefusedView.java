package org.mutual.ui.login;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Set;

/**
 * {@code /sign-in-refused/{reason}}: the identity provider knew the person but Mutual did not let them
 * in: no Mutual role, a deactivated account, no e-mail address for a new account, or a sign-in that
 * went wrong on the way. Their session at the identity provider has already been ended, so "sign in
 * again" asks for a username and password and another account can be used.
 */
@Route(value = "sign-in-refused/:" + SignInRefusedView.REASON, autoLayout = false)
@AnonymousAllowed
public class SignInRefusedView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final String REASON = "reason";
    private static final Set<String> REASONS = Set.of("no-role", "deactivated", "incomplete-profile", "failed");

    private final Paragraph text = new Paragraph();

    public SignInRefusedView() {
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        addClassName("login-view");
        setId("sign-in-refused");

        text.setId("sign-in-refused-reason");
        text.setMaxWidth("32em");
        Anchor again = new Anchor("login", getTranslation("sign-in-refused.sign-in"));
        again.setId("sign-in-again");
        // A full page load: the server sends /login on to the identity provider.
        again.setRouterIgnore(true);
        add(new H1(getTranslation("app.name")), new H2(getTranslation("sign-in-refused.title")), text, again);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String reason = event.getRouteParameters().get(REASON).filter(REASONS::contains).orElse("failed");
        text.setText(getTranslation("sign-in-refused." + reason));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.sign-in-refused");
    }
}
