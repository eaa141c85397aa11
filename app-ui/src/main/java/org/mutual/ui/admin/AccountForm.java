package org.mutual.ui.admin;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.shared.Registration;
import org.mutual.domain.base.ValidationException;
import org.mutual.domain.user.NewAccount;
import org.mutual.domain.user.Role;
import org.mutual.ui.base.FieldErrors;

/**
 * The "new account" dialog: username, name, e-mail and role (therapist or admin). There is no
 * password field: the person chooses it through the link the admin is shown afterwards. The
 * domain's {@link NewAccount} holds the rules; this form only fires {@link SaveEvent} with a valid one.
 */
public class AccountForm extends Dialog {

    /** The form's buffered values. */
    static final class Values {
        String username = "";
        String displayName = "";
        String email = "";
        Role role = Role.THERAPIST;
    }

    final TextField username = new TextField();
    final TextField displayName = new TextField();
    final EmailField email = new EmailField();
    final Select<Role> role = new Select<>();
    private final Binder<Values> binder = new Binder<>();
    private final FieldErrors errors = new FieldErrors();
    private final Values values = new Values();

    public AccountForm() {
        setHeaderTitle(getTranslation("account.new"));
        setId("account-form");

        username.setLabel(getTranslation("users.username"));
        username.setId("account-username");
        username.setMaxLength(64);
        username.setRequiredIndicatorVisible(true);
        username.setHelperText(getTranslation("account.username.help"));
        displayName.setLabel(getTranslation("users.display-name"));
        displayName.setId("account-display-name");
        displayName.setMaxLength(120);
        displayName.setRequiredIndicatorVisible(true);
        email.setLabel(getTranslation("users.email"));
        email.setId("account-email");
        email.setMaxLength(254);
        email.setRequiredIndicatorVisible(true);
        role.setLabel(getTranslation("users.role"));
        role.setId("account-role");
        role.setItems(Role.THERAPIST, Role.ADMIN);
        role.setItemLabelGenerator(r -> getTranslation("role." + r.name()));

        binder.forField(username).bind(v -> v.username, (v, x) -> v.username = x);
        binder.forField(displayName).bind(v -> v.displayName, (v, x) -> v.displayName = x);
        binder.forField(email).bind(v -> v.email, (v, x) -> v.email = x);
        binder.forField(role).bind(v -> v.role, (v, x) -> v.role = x);
        binder.readBean(values);
        errors.bind("username", username).bind("displayName", displayName).bind("email", email).bind("role", role);

        add(new FormLayout(username, displayName, email, role));

        Button save = new Button(getTranslation("account.create"), e -> save());
        save.setId("account-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setDisableOnClick(true);
        save.addClickListener(e -> save.setEnabled(true));
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        cancel.setId("account-cancel");
        getFooter().add(cancel, save);
    }

    private void save() {
        binder.writeBeanAsDraft(values, true);
        try {
            NewAccount account = NewAccount.of(values.username, values.displayName, values.email, values.role, null);
            errors.clear();
            fireEvent(new SaveEvent(this, account));
        } catch (ValidationException failure) {
            errors.show(failure, this);
        }
    }

    /** Shows a failure the service found (a taken username, for one). */
    public void showErrors(ValidationException failure) {
        errors.show(failure, this);
    }

    public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    /** A valid account, ready to be created. */
    public static final class SaveEvent extends ComponentEvent<AccountForm> {
        private final NewAccount account;

        SaveEvent(AccountForm source, NewAccount account) {
            super(source, false);
            this.account = account;
        }

        public NewAccount account() {
            return account;
        }
    }
}
