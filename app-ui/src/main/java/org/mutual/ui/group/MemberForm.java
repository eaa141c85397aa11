package org.mutual.ui.group;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Set;
import org.mutual.domain.base.BarrierPattern;
import org.mutual.domain.base.Validator;
import org.mutual.domain.client.ClientDraft;
import org.mutual.ui.base.FormDialog;
import org.mutual.ui.base.LocalizedDatePicker;

/** Adds a new client to a group from a join date, with their focus areas. */
public class MemberForm extends FormDialog<MemberForm.NewMember> {

    /** What the form produces. */
    public record NewMember(ClientDraft client, LocalDate joinedOn, Set<BarrierPattern> focusAreas) {
    }

    final TextField legalName = new TextField();
    final TextField preferredName = new TextField();
    final EmailField email = new EmailField();
    final TextField phone = new TextField();
    final DatePicker dateOfBirth = new LocalizedDatePicker();
    final TextField emergencyContact = new TextField();
    final DatePicker joinedOn = new LocalizedDatePicker();
    final CheckboxGroup<BarrierPattern> focusAreas = new CheckboxGroup<>();
    private final LocalDate today;

    public MemberForm(LocalDate today) {
        super("member.add", "member.add", "member");
        this.today = today;
        label(legalName, "client.legal-name", "member-legal-name");
        label(preferredName, "client.preferred-name", "member-preferred-name");
        email.setLabel(getTranslation("client.email"));
        email.setId("member-email");
        label(phone, "client.phone", "member-phone");
        dateOfBirth.setLabel(getTranslation("client.date-of-birth"));
        dateOfBirth.setId("member-dob");
        dateOfBirth.setMax(today);
        label(emergencyContact, "client.emergency-contact", "member-emergency");
        joinedOn.setLabel(getTranslation("member.joined-on"));
        joinedOn.setId("member-joined-on");
        joinedOn.setValue(today);
        focusAreas.setLabel(getTranslation("member.focus-areas"));
        focusAreas.setId("member-focus");
        focusAreas.setItems(BarrierPattern.values());
        focusAreas.setItemLabelGenerator(p -> getTranslation("pattern." + p.name()));
        legalName.setRequiredIndicatorVisible(true);
        preferredName.setRequiredIndicatorVisible(true);
        email.setRequiredIndicatorVisible(true);
        joinedOn.setRequiredIndicatorVisible(true);

        bindError("legalName", legalName);
        bindError("preferredName", preferredName);
        bindError("email", email);
        bindError("phone", phone);
        bindError("dateOfBirth", dateOfBirth);
        bindError("emergencyContact", emergencyContact);
        bindError("joinedOn", joinedOn);
        bindError("focusAreas", focusAreas);

        FormLayout layout = new FormLayout(legalName, preferredName, email, phone, dateOfBirth, emergencyContact,
                joinedOn, focusAreas);
        layout.setColspan(focusAreas, 2);
        add(layout);
    }

    private void label(TextField field, String key, String id) {
        field.setLabel(getTranslation(key));
        field.setId(id);
    }

    @Override
    protected NewMember build() {
        Validator v = new Validator();
        v.require(joinedOn.getValue() != null, "joinedOn", "validation.required");
        ClientDraft draft = v.attempt(() -> ClientDraft.of(legalName.getValue(), preferredName.getValue(),
                email.getValue(), phone.getValue(), dateOfBirth.getValue(), emergencyContact.getValue(), today));
        v.throwIfInvalid();
        return new NewMember(draft, joinedOn.getValue(), focusAreas.getValue());
    }
}
