package org.mutual.ui.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.clipboard.Clipboard;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.mutual.domain.user.SetPasswordLink;

/**
 * Shows a freshly issued set-password link once, in a read-only field the admin can copy from.
 * It doesn't close on an outside click: the link can't be shown again, only replaced.
 */
public class PasswordLinkDialog extends Dialog {

    final TextField link = new TextField();

    public PasswordLinkDialog(SetPasswordLink issued, String url) {
        setHeaderTitle(getTranslation("link.title", issued.username()));
        setId("password-link-dialog");
        setWidth("min(40em, 95vw)");
        setCloseOnOutsideClick(false);

        String expires = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(ZoneId.systemDefault()).format(issued.expiresAt());
        link.setId("password-link");
        link.setLabel(getTranslation("link.field"));
        link.setValue(url);
        link.setReadOnly(true);
        link.setAutoselect(true);
        link.setWidthFull();
        add(link, new Paragraph(getTranslation("link.text", issued.username(), expires)));

        Button copy = new Button(getTranslation("link.copy"), VaadinIcon.COPY.create());
        copy.setId("password-link-copy");
        Clipboard.onClick(copy).writeText(link,
                copied -> notify("link.copied", NotificationVariant.LUMO_SUCCESS),
                failed -> notify("link.copy-failed", NotificationVariant.LUMO_WARNING));
        Button close = new Button(getTranslation("action.close"), e -> close());
        close.setId("password-link-close");
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(copy, close);
    }

    private void notify(String key, NotificationVariant variant) {
        Notification done = Notification.show(getTranslation(key));
        done.addThemeVariants(variant);
    }
}
