package org.mutual.ui.admin;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.annotation.security.RolesAllowed;
import org.mutual.domain.base.ValidationException;
import org.mutual.domain.staff.AccountService;
import org.mutual.domain.user.AccountSummary;
import org.mutual.domain.user.AppUser;
import org.mutual.domain.user.CurrentUser;
import org.mutual.domain.user.PasswordEmailSent;
import org.mutual.domain.user.PasswordSetup;
import org.mutual.domain.user.Role;
import org.mutual.domain.user.Roles;
import org.mutual.domain.user.SetPasswordLink;
import org.mutual.ui.login.SetPasswordView;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code /admin/users}: therapist and admin accounts with the groups each person facilitates,
 * searched by name or username and filtered by role. Admins create accounts here (the person sets
 * their own password through a one-time link) and deactivate or reactivate them.
 */
@Route("admin/users")
@RolesAllowed(Roles.ADMIN)
public class UsersView extends VerticalLayout implements HasDynamicTitle {

    private final transient AccountService accounts;
    private final transient AppUser me;
    final Grid<AccountSummary> grid = new Grid<>();
    final TextField search = new TextField();
    final Select<Role> role = new Select<>();

    public UsersView(AccountService accounts, CurrentUser currentUser) {
        this.accounts = accounts;
        this.me = currentUser.require();
        setId("users");
        setSizeFull();

        search.setId("user-search");
        search.setPlaceholder(getTranslation("users.search"));
        search.setAriaLabel(getTranslation("users.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());

        role.setId("user-role-filter");
        role.setWidth("15em");
        role.setAriaLabel(getTranslation("users.role-filter"));
        role.setEmptySelectionAllowed(true);
        role.setEmptySelectionCaption(getTranslation("users.all-roles"));
        role.setItems(Role.THERAPIST, Role.ADMIN);
        role.setItemLabelGenerator(r -> r == null ? getTranslation("users.all-roles") : getTranslation("role." + r.name()));
        role.addValueChangeListener(e -> refresh());

        Button create = new Button(getTranslation("account.new"), VaadinIcon.PLUS.create(), e -> openForm());
        create.setId("new-account");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout toolbar = new HorizontalLayout(search, role, create);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        grid.setId("user-grid");
        grid.addColumn(AccountSummary::username).setHeader(getTranslation("users.username")).setWidth("8rem")
                .setFlexGrow(0);
        grid.addColumn(AccountSummary::displayName).setHeader(getTranslation("users.display-name")).setWidth("8rem")
                .setFlexGrow(1);
        grid.addColumn(AccountSummary::email).setHeader(getTranslation("users.email")).setWidth("10rem")
                .setFlexGrow(1);
        grid.addColumn(a -> getTranslation("role." + a.role().name())).setHeader(getTranslation("users.role"))
                .setWidth("6.5rem").setFlexGrow(0);
        grid.addColumn(a -> getTranslation("account.status." + a.status().name()))
                .setTooltipGenerator(a -> getTranslation("account.status." + a.status().name() + ".help"))
                .setHeader(getTranslation("users.status")).setWidth("7.5rem").setFlexGrow(0);
        grid.addColumn(a -> String.join(", ", a.facilitatedGroups())).setHeader(getTranslation("users.groups"))
                .setTooltipGenerator(a -> String.join(", ", a.facilitatedGroups()))
                .setWidth("9rem").setFlexGrow(2);
        grid.addComponentColumn(this::actions).setWidth("6.5rem").setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("users.empty"));
        grid.setItems(query -> accounts.list(search.getValue(), role.getValue(), query.getOffset(), query.getLimit())
                .stream(), query -> accounts.count(search.getValue(), role.getValue()));

        add(new H2(getTranslation("users.title")), toolbar, grid);
        setFlexGrow(1, grid);
    }

    private Component actions(AccountSummary account) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setSpacing(false);
        if (account.active()) {
            Button link = iconButton(VaadinIcon.KEY, "account.new-link", e -> issueLink(account));
            link.setId("link-" + account.username());
            Button deactivate = iconButton(VaadinIcon.BAN, "account.deactivate", e -> confirmDeactivate(account));
            deactivate.setId("deactivate-" + account.username());
            deactivate.addThemeVariants(ButtonVariant.LUMO_ERROR);
            if (account.id().equals(me.id())) {
                deactivate.setEnabled(false);
                deactivate.setTooltipText(getTranslation("account.deactivate-self"));
                deactivate.setAriaLabel(getTranslation("account.deactivate-self"));
            }
            actions.add(link, deactivate);
        } else {
            Button reactivate = iconButton(VaadinIcon.CHECK, "account.reactivate", e -> reactivate(account));
            reactivate.setId("reactivate-" + account.username());
            actions.add(reactivate);
        }
        return actions;
    }

    private Button iconButton(VaadinIcon icon, String labelKey,
                              ComponentEventListener<ClickEvent<Button>> listener) {
        Button button = new Button(icon.create(), listener);
        button.addThemeVariants(ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_TERTIARY);
        button.setAriaLabel(getTranslation(labelKey));
        button.setTooltipText(getTranslation(labelKey));
        return button;
    }

    private void openForm() {
        AccountForm form = new AccountForm();
        form.addSaveListener(event -> {
            PasswordSetup setup;
            try {
                setup = accounts.create(event.account());
            } catch (ValidationException failure) {
                form.showErrors(failure);
                return;
            }
            form.close();
            refresh();
            success("account.created", setup.username());
            show(setup);
        });
        form.open();
    }

    private void issueLink(AccountSummary account) {
        show(accounts.renewPasswordSetup(account.id()));
    }

    /** The one-time link for the admin to pass on, or word that the identity provider e-mailed the person. */
    private void show(PasswordSetup setup) {
        switch (setup) {
            case SetPasswordLink link -> new PasswordLinkDialog(link, absoluteUrl(link.token())).open();
            case PasswordEmailSent email -> success("account.password-email-sent", email.username(), email.email());
        }
    }

    private void confirmDeactivate(AccountSummary account) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("confirm-deactivate");
        confirm.setHeader(getTranslation("account.deactivate.title", account.displayName()));
        confirm.setText(getTranslation("account.deactivate.text", account.displayName()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        Button yes = new Button(getTranslation("account.deactivate"), e -> {
            confirm.close();
            deactivate(account);
        });
        yes.setId("confirm-deactivate-button");
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.setConfirmButton(yes);
        confirm.open();
    }

    private void deactivate(AccountSummary account) {
        try {
            accounts.deactivate(account.id());
        } catch (ValidationException refused) {
            Notification n = Notification.show(getTranslation(refused.errors().getFirst().messageKey()));
            n.addThemeVariants(NotificationVariant.LUMO_ERROR);
            return;
        }
        refresh();
        success("account.deactivated", account.username());
    }

    private void reactivate(AccountSummary account) {
        accounts.reactivate(account.id());
        refresh();
        success("account.reactivated", account.username());
    }

    private void success(String key, Object... arguments) {
        Notification done = Notification.show(getTranslation(key, arguments));
        done.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    /** The link as the person will open it: this server's address, as this request reached it. */
    private static String absoluteUrl(String token) {
        String path = RouteConfiguration.forApplicationScope()
                .getUrl(SetPasswordView.class, new RouteParameters(SetPasswordView.TOKEN, token));
        return ServletUriComponentsBuilder.fromContextPath(VaadinServletRequest.getCurrent().getHttpServletRequest())
                .path("/").path(path).toUriString();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.users");
    }
}
