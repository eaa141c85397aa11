package org.mutual.ui.intake;

import com.vaadin.flow.component.textfield.TextArea;
import org.mutual.domain.intake.Intake;
import org.mutual.ui.base.FormDialog;

/** Declines a submission with a reason. */
public class DeclineDialog extends FormDialog<String> {

    final TextArea reason = new TextArea();

    public DeclineDialog() {
        super("intake.decline.title", "intake.decline", "decline");
        reason.setId("decline-reason");
        reason.setLabel(getTranslation("intake.decline.reason"));
        reason.setMaxLength(Intake.DECLINE_REASON_MAX);
        reason.setRequiredIndicatorVisible(true);
        reason.setWidth("min(30em, 80vw)");
        bindError("declineReason", reason);
        add(reason);
    }

    @Override
    protected String build() {
        return reason.getValue();
    }
}
