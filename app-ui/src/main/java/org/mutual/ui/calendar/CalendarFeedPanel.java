package org.mutual.ui.calendar;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.clipboard.Clipboard;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.time.Instant;
import java.util.Optional;
import org.mutual.domain.calendar.CalendarFeedService;
import org.mutual.domain.calendar.IssuedFeedLink;
import org.mutual.domain.schedule.PracticeZone;
import org.mutual.ui.base.Formats;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Lets the signed-in client or therapist subscribe their calendar app to their sessions. Only the
 * hash of a link is stored, so the full address is shown once, right after it is made; later the
 * panel can only say that a link is active and offer a new one or turning it off. Inject it where it
 * should appear (a new instance each time); it reads the link's state when attached, unless the page
 * passed it in with {@link #show}.
 */
@SpringComponent
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
public class CalendarFeedPanel extends VerticalLayout {

    private final CalendarFeedService feeds;
    private final Formats formats;
    private final String publicUrl;
    private final VerticalLayout state = new VerticalLayout();
    private boolean shown;

    public CalendarFeedPanel(CalendarFeedService feeds, PracticeZone zone,
                             @Value("${mutual.public-url:}") String publicUrl) {
        this.feeds = feeds;
        this.formats = new Formats(zone.zone(), getLocale());
        this.publicUrl = publicUrl;
        setId("calendar-feed");
        setPadding(false);
        state.setPadding(false);
        add(new H3(getTranslation("calendar.title")), new Paragraph(getTranslation("calendar.intro")), state);
        // Read when shown, unless the page has read it already with the rest of its data.
        addAttachListener(e -> {
            if (!shown) {
                show(feeds.myLinkIssuedAt());
            }
        });
    }

    /** Shows the link's state as read by the page that holds the panel: when it was issued, if there is one. */
    public CalendarFeedPanel show(Optional<Instant> issuedAt) {
        shown = true;
        if (issuedAt.isPresent()) {
            showActive(issuedAt.get());
        } else {
            showNone();
        }
        return this;
    }

    private void showNone() {
        state.removeAll();
        Button create = new Button(getTranslation("calendar.create"), VaadinIcon.CALENDAR.create(),
                e -> showIssued(feeds.issue()));
        create.setId("calendar-feed-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        state.add(create);
    }

    private void showActive(Instant issuedAt) {
        state.removeAll();
        Paragraph active = new Paragraph(getTranslation("calendar.active", formats.dateTime(issuedAt)));
        active.setId("calendar-feed-active");
        state.add(active, actions());
    }

    private void showIssued(IssuedFeedLink link) {
        state.removeAll();
        TextField url = new TextField(getTranslation("calendar.url"));
        url.setId("calendar-feed-url");
        url.setValue(feedUrl(link.token()));
        url.setReadOnly(true);
        url.setAutoselect(true);
        url.setWidthFull();
        Button copy = new Button(getTranslation("calendar.copy"), VaadinIcon.COPY.create());
        copy.setId("calendar-feed-copy");
        Clipboard.onClick(copy).writeText(url,
                copied -> notify("calendar.copied", NotificationVariant.LUMO_SUCCESS),
                failed -> notify("calendar.copy-failed", NotificationVariant.LUMO_WARNING));
        HorizontalLayout field = new HorizontalLayout(url, copy);
        field.setWidthFull();
        field.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        Paragraph once = new Paragraph(getTranslation("calendar.shown-once"));
        once.setId("calendar-feed-once");
        state.add(field, once, actions());
    }

    private HorizontalLayout actions() {
        Button regenerate = new Button(getTranslation("calendar.regenerate"), VaadinIcon.REFRESH.create(),
                e -> confirm("regenerate", () -> showIssued(feeds.issue())));
        regenerate.setId("calendar-feed-regenerate");
        Button revoke = new Button(getTranslation("calendar.revoke"), VaadinIcon.CLOSE_SMALL.create(),
                e -> confirm("revoke", () -> {
                    feeds.revoke();
                    notify("calendar.revoked", NotificationVariant.LUMO_SUCCESS);
                    showNone();
                }));
        revoke.setId("calendar-feed-revoke");
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR);
        return new HorizontalLayout(regenerate, revoke);
    }

    /** Both actions break the subscription in every calendar app that uses the current link. */
    private void confirm(String action, Runnable onConfirm) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("calendar-feed-" + action + "-dialog");
        dialog.setHeader(getTranslation("calendar." + action + ".title"));
        dialog.setText(getTranslation("calendar." + action + ".text"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        Button yes = new Button(getTranslation("calendar." + action + ".confirm"), e -> {
            dialog.close();
            onConfirm.run();
        });
        yes.setId("calendar-feed-" + action + "-confirm");
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.setConfirmButton(yes);
        dialog.open();
    }

    /**
     * The address a calendar app will use: {@code mutual.public-url} when set (behind a proxy the
     * browser's address may not be the public one), else this server as the current request reached it.
     */
    String feedUrl(String token) {
        UriComponentsBuilder base = publicUrl == null || publicUrl.isBlank()
                ? ServletUriComponentsBuilder.fromContextPath(VaadinServletRequest.getCurrent().getHttpServletRequest())
                : UriComponentsBuilder.fromUriString(publicUrl.strip().replaceAll("/+$", ""));
        return base.path("/calendar/").path(token + ".ics").toUriString();
    }

    private void notify(String key, NotificationVariant variant) {
        Notification done = Notification.show(getTranslation(key));
        done.addThemeVariants(variant);
    }
}
