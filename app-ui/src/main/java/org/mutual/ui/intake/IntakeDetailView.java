package org.mutual.ui.intake;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.TextStyle;
import java.util.List;
import java.util.stream.Collectors;
import org.mutual.app.mail.InvitationMail;
import org.mutual.domain.base.ValidationException;
import org.mutual.domain.group.GroupAccess;
import org.mutual.domain.group.GroupService;
import org.mutual.domain.group.GroupSummary;
import org.mutual.domain.intake.Intake;
import org.mutual.domain.intake.IntakeForm;
import org.mutual.domain.intake.IntakeId;
import org.mutual.domain.intake.IntakeService;
import org.mutual.domain.intake.IntakeStatus;
import org.mutual.domain.intake.Invitation;
import org.mutual.domain.membership.GroupFullException;
import org.mutual.domain.schedule.PracticeZone;
import org.mutual.domain.user.PasswordEmailSent;
import org.mutual.domain.user.Roles;
import org.mutual.domain.user.SetPasswordLink;
import org.mutual.ui.admin.PasswordLinkDialog;
import org.mutual.ui.base.Formats;
import org.mutual.ui.base.Ids;
import org.mutual.ui.login.SetPasswordView;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code /intakes/{id}}: one submission as the person wrote it (shown as text, never as markup) and
 * what a therapist can do next: start the review, invite into a group, waitlist, or decline. Every
 * opening is an audited read; a colleague's decision in between makes the action fail and say so.
 */
@Route("intakes/:intakeId")
@RolesAllowed({Roles.THERAPIST, Roles.ADMIN})
public class IntakeDetailView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final String PARAMETER = "intakeId";

    private final transient IntakeService intakes;
    private final transient GroupService groups;
    private final transient GroupAccess access;
    private final transient InvitationMail invitationMail;
    private final Formats formats;
    private Intake intake;

    public IntakeDetailView(IntakeService intakes, GroupService groups, GroupAccess access,
                            InvitationMail invitationMail, PracticeZone zone) {
        this.intakes = intakes;
        this.invitationMail = invitationMail;
        this.groups = groups;
        this.access = access;
        this.formats = new Formats(zone.zone(), getLocale());
        setId("intake-detail");
    }

    public static RouteParameters parameters(IntakeId id) {
        return new RouteParameters(PARAMETER, id.toString());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        render(intakes.read(Ids.parse(event, PARAMETER, "intake", IntakeId::new)));
    }

    private void render(Intake shown) {
        this.intake = shown;
        removeAll();
        IntakeForm form = shown.form();
        H2 name = new H2(form.contact().preferredName());
        name.setId("intake-detail-name");
        name.getElement().setAttribute("dir", "auto");
        add(new RouterLink(getTranslation("intakes.back"), IntakesView.class), name);

        Span status = new Span(getTranslation("intake.status." + shown.status().name()));
        status.setId("intake-detail-status");
        status.getElement().getThemeList().add("badge");
        add(status);

        add(row("intake.detail.legal-name", form.contact().legalName(), "intake-detail-legal-name"),
                row("intake.detail.email", form.contact().email(), "intake-detail-email"),
                row("intake.detail.phone", form.contact().phone() == null ? "–" : form.contact().phone(),
                        "intake-detail-phone"),
                row("intakes.submitted", formats.dateTime(shown.submittedAt()), "intake-detail-submitted"),
                row("intake.detail.patterns", form.patterns().isEmpty() ? "–" : form.patterns().stream()
                        .map(p -> getTranslation("pattern." + p.name())).collect(Collectors.joining(", ")),
                        "intake-detail-patterns"),
                row("intake.detail.days", form.days().isEmpty() ? "–" : form.days().stream()
                        .map(d -> d.getDisplayName(TextStyle.FULL, getLocale())).collect(Collectors.joining(", ")),
                        "intake-detail-days"),
                row("intake.detail.day-parts", form.dayParts().isEmpty() ? "–" : form.dayParts().stream()
                        .map(p -> getTranslation("intake.day-part." + p.name())).collect(Collectors.joining(", ")),
                        "intake-detail-day-parts"));
        Paragraph reason = new Paragraph(form.reason());
        reason.setId("intake-detail-reason");
        // The person's own words may be right-to-left: let the browser pick the direction per text.
        reason.getElement().setAttribute("dir", "auto");
        reason.getStyle().set("white-space", "pre-wrap").set("overflow-wrap", "anywhere");
        add(new Span(getTranslation("intake.detail.reason")), reason);
        if (shown.declineReason() != null) {
            add(row("intake.decline.reason", shown.declineReason(), "intake-detail-decline-reason"));
        }
        add(actions(shown));
    }

    private Component row(String labelKey, String value, String id) {
        Span text = new Span(value);
        text.setId(id);
        text.getElement().setAttribute("dir", "auto");
        text.getStyle().set("overflow-wrap", "anywhere");
        Span label = new Span(getTranslation(labelKey) + ": ");
        label.getStyle().set("font-weight", "600");
        return new Div(label, text);
    }

    private Component actions(Intake shown) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setId("intake-actions");
        IntakeStatus status = shown.status();
        if (status.canMoveTo(IntakeStatus.IN_REVIEW)) {
            actions.add(button("intake-review", "intake.start-review", () -> {
                render(intakes.startReview(shown.id(), shown.version()));
                success("intake.review-started");
            }));
        }
        if (status.canMoveTo(IntakeStatus.INVITED)) {
            Button invite = button("intake-invite", "intake.invite", this::openInvite);
            invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(invite);
        }
        if (status.canMoveTo(IntakeStatus.WAITLISTED)) {
            actions.add(button("intake-waitlist", "intake.waitlist", this::openWaitlist));
        }
        if (status.canMoveTo(IntakeStatus.DECLINED)) {
            Button decline = button("intake-decline", "intake.decline", this::openDecline);
            decline.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(decline);
        }
        return actions;
    }

    private Button button(String id, String key, Runnable action) {
        Button button = new Button(getTranslation(key), e -> action.run());
        button.setId(id);
        return button;
    }

    private void openInvite() {
        InviteDialog dialog = new InviteDialog(myGroups(), intakes.today(),
                IntakeService.suggestedUsername(intake.form().contact().preferredName()));
        dialog.onSubmit(invite -> {
            Invitation invitation;
            try {
                invitation = intakes.invite(intake.id(), invite.group(), invite.startsOn(), invite.username(),
                        intake.version());
            } catch (GroupFullException full) {
                throw ValidationException.of("group", GroupFullException.MESSAGE_KEY,
                        formats.date(full.fullOn()), full.capacity());
            }
            String email = intake.form().contact().email();
            String preferredName = intake.form().contact().preferredName();
            render(intakes.read(intake.id()));
            switch (invitation.passwordSetup()) {
                case SetPasswordLink link -> deliver(link, email, preferredName);
                case PasswordEmailSent sent -> success("account.password-email-sent", sent.username(),
                        sent.email());
            }
        });
        dialog.open();
    }

    /** E-mails the link when a mail server is configured; otherwise (or if it fails) shows it to pass on. */
    private void deliver(SetPasswordLink link, String email, String preferredName) {
        String url = absoluteUrl(link.token());
        if (invitationMail.send(email, preferredName, link, url, formats.dateTime(link.expiresAt()), getLocale())) {
            success("intake.invite.mailed", email);
        } else {
            new PasswordLinkDialog(link, url).open();
        }
    }

    private void openWaitlist() {
        WaitlistDialog dialog = new WaitlistDialog(myGroups());
        dialog.onSubmit(group -> {
            render(intakes.waitlist(intake.id(), group, intake.version()));
            success("intake.waitlisted");
        });
        dialog.open();
    }

    private void openDecline() {
        DeclineDialog dialog = new DeclineDialog();
        dialog.onSubmit(reason -> {
            render(intakes.decline(intake.id(), reason, intake.version()));
            success("intake.declined");
        });
        dialog.open();
    }

    /** The groups the current therapist facilitates: the only ones they may invite into. */
    private List<GroupSummary> myGroups() {
        return groups.list(null, null, 0, 500).stream().filter(g -> access.isFacilitator(g.id())).toList();
    }

    private void success(String key, Object... arguments) {
        Notification done = Notification.show(getTranslation(key, arguments));
        done.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
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
        return getTranslation("title.intake-detail");
    }
}
