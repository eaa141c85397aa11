package org.mutual.ui.intake;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import org.mutual.domain.group.GroupId;
import org.mutual.domain.group.GroupSummary;
import org.mutual.ui.base.FormDialog;
import org.mutual.ui.base.LocalizedDatePicker;

/** Invites the person into one of the current therapist's groups from a start date, with a username. */
public class InviteDialog extends FormDialog<InviteDialog.Invite> {

    /** What the dialog produces; the service checks it. */
    public record Invite(GroupId group, LocalDate startsOn, String username) {
    }

    final Select<GroupSummary> group = new Select<>();
    final DatePicker startsOn = new LocalizedDatePicker();
    final TextField username = new TextField();

    public InviteDialog(List<GroupSummary> groups, LocalDate today, String suggestedUsername) {
        super("intake.invite.title", "intake.invite", "invite");
        group.setId("invite-group");
        group.setLabel(getTranslation("intake.group"));
        group.setItems(groups);
        group.setItemLabelGenerator(GroupSummary::name);
        group.setRequiredIndicatorVisible(true);
        startsOn.setId("invite-starts-on");
        startsOn.setLabel(getTranslation("intake.starts-on"));
        startsOn.setValue(today);
        startsOn.setRequiredIndicatorVisible(true);
        username.setId("invite-username");
        username.setLabel(getTranslation("intake.username"));
        username.setHelperText(getTranslation("intake.username.help"));
        username.setValue(suggestedUsername);
        username.setMaxLength(64);
        username.setRequiredIndicatorVisible(true);
        bindError("group", group);
        bindError("startsOn", startsOn);
        bindError("joinedOn", startsOn);
        bindError("username", username);
        bindError("email", username);
        add(new FormLayout(group, startsOn, username));
    }

    @Override
    protected Invite build() {
        return new Invite(group.getValue() == null ? null : group.getValue().id(), startsOn.getValue(),
                username.getValue());
    }
}
