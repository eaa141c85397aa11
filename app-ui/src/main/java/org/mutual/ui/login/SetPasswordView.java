package org.mutual.ui.login;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.mutual.domain.base.ValidationException;
import org.mutual.domain.staff.AccountService;
import org.mutual.domain.user.NewPassword;
import org.mutual.domain.user.TokenProblem;
import org.mutual.domain.user.TokenRejectedException;
import org.mutual.ui.base.FieldErrors;
import org.mutual.ui.base.LanguageSelect;
import org.mutual.ui.base.Languages;

/**
 * {@code /set-password/{token}}: where a new staff member chooses their password from the one-time
 * link an admin gave them. A link that is unknown, expired or used shows why and changes nothing.
 */
@Route(value = "set-password/:" + SetPasswordView.TOKEN, autoLayout = false)
@AnonymousAllowed
public class SetPasswordView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    public static final String TOKEN = "token";

    private final transient AccountService accounts;
    private final VerticalLayout content = new VerticalLayout();
    final PasswordField password = new PasswordField();
    final PasswordField repeat = new PasswordField();
    private final FieldErrors errors = new FieldErrors();
    private String token;

    public SetPasswordView(AccountService accounts, Languages languages) {
        this.accounts = accounts;
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        addClassName("login-view");
        setId("set-password");

        content.setPadding(false);
        content.setMaxWidth("24em");
        add(new LanguageSelect(languages), new H1(getTranslation("app.name")), content);

        password.setId("new-password");
        password.setLabel(getTranslation("set-password.new"));
        password.setMaxLength(NewPassword.MAX_LENGTH);
        password.setAutocomplete(Autocomplete.NEW_PASSWORD);
        password.setRequiredIndicatorVisible(true);
        password.setWidthFull();
        repeat.setId("repeat-password");
        repeat.setLabel(getTranslation("set-password.repeat"));
        repeat.setMaxLength(NewPassword.MAX_LENGTH);
        repeat.setAutocomplete(Autocomplete.NEW_PASSWORD);
        repeat.setRequiredIndicatorVisible(true);
        repeat.setWidthFull();
        errors.bind("password", password).bind("repeat", repeat);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get(TOKEN).orElse("");
        try {
            showForm(accounts.checkSetPasswordLink(token));
        } catch (TokenRejectedException rejected) {
            showProblem(rejected.problem());
        }
    }

    private void showForm(String username) {
        content.removeAll();
        Button submit = new Button(getTranslation("set-password.submit"), e -> submit(username));
        submit.setId("set-password-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickShortcut(Key.ENTER);
        Paragraph account = new Paragraph(getTranslation("set-password.account", username));
        account.setId("set-password-account");
        content.add(new H2(getTranslation("set-password.title")), account, password, repeat, submit);
    }

    private void submit(String username) {
        NewPassword chosen;
        try {
            chosen = NewPassword.of(password.getValue(), repeat.getValue());
            accounts.setPassword(token, chosen);
        } catch (ValidationException failure) {
            errors.show(failure, this);
            return;
        } catch (TokenRejectedException rejected) {
            showProblem(rejected.problem());
            return;
        }
        password.clear();
        repeat.clear();
        content.removeAll();
        Paragraph done = new Paragraph(getTranslation("set-password.done", username));
        done.setId("set-password-done");
        content.add(new H2(getTranslation("set-password.title")), done, loginLink());
    }

    private void showProblem(TokenProblem problem) {
        content.removeAll();
        Paragraph text = new Paragraph(getTranslation("set-password.problem." + problem.name()));
        text.setId("set-password-problem");
        content.add(new H2(getTranslation("set-password.title")), text, loginLink());
    }

    private RouterLink loginLink() {
        RouterLink login = new RouterLink(getTranslation("set-password.login"), LoginView.class);
        login.setId("set-password-login");
        return login;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.set-password");
    }
}
