package org.mutual.ui.intake;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.UUID;
import org.mutual.domain.base.BarrierPattern;
import org.mutual.domain.base.ValidationException;
import org.mutual.domain.client.ClientDraft;
import org.mutual.domain.intake.DayPart;
import org.mutual.domain.intake.IntakeForm;
import org.mutual.domain.intake.IntakeService;
import org.mutual.domain.intake.SubmitOutcome;
import org.mutual.ui.base.FieldErrors;
import org.mutual.ui.base.LanguageSelect;
import org.mutual.ui.base.Languages;

/**
 * {@code /intake}: the public form through which someone asks to join a group. No sign-in. Each
 * form instance carries its own idempotency key, so a double click (or a resent request) is one
 * submission; a field people never see catches form-filling bots.
 */
@Route(value = "intake", autoLayout = false)
@AnonymousAllowed
public class IntakeView extends VerticalLayout implements HasDynamicTitle {

    private final transient IntakeService intakes;
    /** One per form instance; a fresh page is a fresh form. */
    final String idempotencyKey = UUID.randomUUID().toString();

    final TextField name = new TextField();
    final TextField preferredName = new TextField();
    final EmailField email = new EmailField();
    final TextField phone = new TextField();
    final TextArea reason = new TextArea();
    final CheckboxGroup<BarrierPattern> patterns = new CheckboxGroup<>();
    final CheckboxGroup<DayOfWeek> days = new CheckboxGroup<>();
    final CheckboxGroup<DayPart> dayParts = new CheckboxGroup<>();
    final Checkbox consent = new Checkbox();
    final Input honeypot = new Input();
    final Button submit = new Button();
    final Paragraph tooMany = new Paragraph();
    private final VerticalLayout form = new VerticalLayout();
    private final FieldErrors errors = new FieldErrors();

    public IntakeView(IntakeService intakes, Languages languages) {
        this.intakes = intakes;
        setId("intake");
        setAlignItems(Alignment.CENTER);
        addClassName("intake-view");

        form.setPadding(false);
        form.setMaxWidth("40em");
        form.setWidthFull();

        field(name, "intake-name", "intake.name", ClientDraft.NAME_MAX, true);
        name.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NAME);
        field(preferredName, "intake-preferred-name", "intake.preferred-name", ClientDraft.NAME_MAX, true);
        preferredName.setHelperText(getTranslation("intake.preferred-name.help"));
        email.setId("intake-email");
        email.setLabel(getTranslation("intake.email"));
        email.setMaxLength(ClientDraft.EMAIL_MAX);
        email.setRequiredIndicatorVisible(true);
        email.setWidthFull();
        field(phone, "intake-phone", "intake.phone", ClientDraft.PHONE_MAX, false);
        phone.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.TEL);
        reason.setId("intake-reason");
        reason.setLabel(getTranslation("intake.reason"));
        reason.setHelperText(getTranslation("intake.reason.help"));
        reason.setMaxLength(IntakeForm.REASON_MAX);
        reason.setRequiredIndicatorVisible(true);
        reason.setWidthFull();
        reason.setMinHeight("8em");

        patterns.setId("intake-patterns");
        patterns.setLabel(getTranslation("intake.patterns"));
        patterns.setHelperText(getTranslation("intake.patterns.help"));
        patterns.setItems(BarrierPattern.values());
        patterns.setItemLabelGenerator(p -> getTranslation("intake.pattern." + p.name()));
        patterns.addClassName("intake-patterns");

        days.setId("intake-days");
        days.setLabel(getTranslation("intake.days"));
        days.setItems(DayOfWeek.values());
        days.setItemLabelGenerator(d -> d.getDisplayName(TextStyle.FULL, getLocale()));
        dayParts.setId("intake-day-parts");
        dayParts.setLabel(getTranslation("intake.day-parts"));
        dayParts.setItems(DayPart.values());
        dayParts.setItemLabelGenerator(p -> getTranslation("intake.day-part." + p.name()));
        Div availability = new Div(days, dayParts);
        availability.setId("intake-availability");

        Paragraph privacy = new Paragraph(getTranslation("intake.privacy"));
        privacy.setId("intake-privacy");
        consent.setId("intake-consent");
        consent.setLabel(getTranslation("intake.consent"));
        consent.setRequiredIndicatorVisible(true);

        submit.setText(getTranslation("intake.submit"));
        submit.setId("intake-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // The browser disables the button at the first click; the idempotency key covers the rest.
        submit.setDisableOnClick(true);
        submit.addClickListener(e -> submit());

        tooMany.setId("intake-too-many");
        tooMany.setText(getTranslation("intake.too-many"));
        tooMany.setVisible(false);
        tooMany.getElement().setAttribute("role", "status");

        errors.bind("legalName", name).bind("preferredName", preferredName).bind("email", email)
                .bind("phone", phone).bind("reason", reason).bind("consent", consent);

        form.add(new H2(getTranslation("intake.title")), new Paragraph(getTranslation("intake.intro")), name,
                preferredName, email, phone, reason, patterns, availability, privacy, consent, honeypot(), tooMany,
                submit);
        add(new LanguageSelect(languages), new H1(getTranslation("app.name")), form);
    }

    /** A field people and screen readers never meet: off-screen, hidden from assistive technology, not tabbable. */
    private Div honeypot() {
        honeypot.setId("intake-website");
        honeypot.getElement().setAttribute("name", "website");
        honeypot.getElement().setAttribute("autocomplete", "off");
        honeypot.getElement().setAttribute("tabindex", "-1");
        NativeLabel label = new NativeLabel(getTranslation("intake.honeypot"));
        label.setFor(honeypot);
        Div trap = new Div(label, honeypot);
        trap.getElement().setAttribute("aria-hidden", "true");
        trap.getStyle().set("position", "absolute").set("left", "-10000px").set("top", "auto")
                .set("width", "1px").set("height", "1px").set("overflow", "hidden");
        return trap;
    }

    private void field(TextField field, String id, String labelKey, int max, boolean required) {
        field.setId(id);
        field.setLabel(getTranslation(labelKey));
        field.setMaxLength(max);
        field.setRequiredIndicatorVisible(required);
        field.setWidthFull();
    }

    private void submit() {
        SubmitOutcome outcome;
        try {
            IntakeForm checked = IntakeForm.of(name.getValue(), preferredName.getValue(), email.getValue(),
                    phone.getValue(), reason.getValue(), patterns.getValue(), days.getValue(), dayParts.getValue(),
                    consent.getValue(), idempotencyKey, intakes.today());
            outcome = intakes.submit(checked, remoteAddress(), honeypot.getValue());
        } catch (ValidationException failure) {
            submit.setEnabled(true);
            errors.show(failure, this);
            return;
        }
        if (outcome == SubmitOutcome.TOO_MANY) {
            errors.clear();
            submit.setEnabled(true);
            tooMany.setVisible(true);
            return;
        }
        showThanks();
    }

    private void showThanks() {
        form.removeAll();
        Div thanks = new Div(new H2(getTranslation("intake.thanks.title")),
                new Paragraph(getTranslation("intake.thanks.text")));
        thanks.setId("intake-thanks");
        thanks.getElement().setAttribute("role", "status");
        form.add(thanks);
    }

    /**
     * The servlet's remote address: the visitor's own, or behind a reverse proxy the proxy's unless
     * {@code server.forward-headers-strategy} is set (see application.properties).
     */
    private static String remoteAddress() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null ? "unknown" : String.valueOf(request.getRemoteAddr());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.intake");
    }
}
