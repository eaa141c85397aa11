package org.mutual.ui.group;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import org.mutual.domain.base.Validator;
import org.mutual.domain.membership.MembershipStatus;
import org.mutual.ui.base.FormDialog;
import org.mutual.ui.base.LocalizedDatePicker;

/** Ends a membership period: last day, completed or withdrawn, and why. */
public class LeaveForm extends FormDialog<LeaveForm.Leaving> {

    /** What the form produces; the domain checks the date against the join date. */
    public record Leaving(LocalDate leftOn, MembershipStatus status, String reason) {
    }

    final DatePicker leftOn = new LocalizedDatePicker();
    final RadioButtonGroup<MembershipStatus> status = new RadioButtonGroup<>();
    final TextArea reason = new TextArea();

    public LeaveForm(String memberName, LocalDate today) {
        super("member.leave", "member.leave", "leave");
        setHeaderTitle(getTranslation("member.leave.title", memberName));
        leftOn.setLabel(getTranslation("member.left-on"));
        leftOn.setId("leave-date");
        leftOn.setValue(today);
        status.setLabel(getTranslation("member.leave.outcome"));
        status.setId("leave-status");
        status.setItems(MembershipStatus.COMPLETED, MembershipStatus.WITHDRAWN);
        status.setItemLabelGenerator(s -> getTranslation("membership.status." + s.name()));
        status.setValue(MembershipStatus.COMPLETED);
        reason.setLabel(getTranslation("member.leave.reason"));
        reason.setId("leave-reason");
        reason.setMaxLength(500);
        bindError("leftOn", leftOn);
        bindError("status", status);
        bindError("reason", reason);
        add(new FormLayout(leftOn, status, reason));
    }

    @Override
    protected Leaving build() {
        Validator v = new Validator();
        v.require(leftOn.getValue() != null, "leftOn", "validation.required");
        v.require(status.getValue() != null, "status", "validation.required");
        v.throwIfInvalid();
        return new Leaving(leftOn.getValue(), status.getValue(), reason.getValue());
    }
}
