package org.mutual.ui.login;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.mutual.auth.oidc.OidcLogin;
import org.mutual.ui.base.LanguageSelect;
import org.mutual.ui.base.Languages;
import org.springframework.beans.factory.annotation.Value;

/**
 * Username and password against Mutual's own accounts. A wrong password, an unknown user and a
 * locked account all show the same message. With single sign-on the server sends {@code /login} to
 * the identity provider; should the browser navigate here inside the app, it is sent on too.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final LoginForm login = new LoginForm();
    private final boolean singleSignOn;

    public LoginView(@Value("${mutual.auth.mode:local}") String authMode, Languages languages) {
        this.singleSignOn = "keycloak".equals(authMode);
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        addClassName("login-view");

        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation("login.error.text"));
        login.setI18n(i18n);
        login.setForgotPasswordButtonVisible(false);
        login.setAction("login");

        H1 name = new H1(getTranslation("app.name"));
        // People who aren't clients yet ask to join through the public intake form.
        Anchor intake = new Anchor("intake", getTranslation("login.intake"));
        intake.getElement().setAttribute("router-link", true);
        intake.setId("login-intake");
        add(new LanguageSelect(languages), name, new Paragraph(getTranslation("login.tagline")), login, intake);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (singleSignOn) {
            event.getUI().getPage().setLocation(OidcLogin.LOGIN_PAGE.substring(1));
            return;
        }
        login.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.login");
    }
}
