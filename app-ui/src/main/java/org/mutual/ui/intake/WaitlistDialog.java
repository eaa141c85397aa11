package org.mutual.ui.intake;

import com.vaadin.flow.component.select.Select;
import java.util.List;
import org.mutual.domain.group.GroupId;
import org.mutual.domain.group.GroupSummary;
import org.mutual.ui.base.FormDialog;

/** Puts the person on the waitlist of one of the current therapist's groups. */
public class WaitlistDialog extends FormDialog<GroupId> {

    final Select<GroupSummary> group = new Select<>();

    public WaitlistDialog(List<GroupSummary> groups) {
        super("intake.waitlist.title", "intake.waitlist", "waitlist");
        group.setId("waitlist-group");
        group.setLabel(getTranslation("intake.group"));
        group.setItems(groups);
        group.setItemLabelGenerator(GroupSummary::name);
        group.setRequiredIndicatorVisible(true);
        bindError("group", group);
        add(group);
    }

    @Override
    protected GroupId build() {
        return group.getValue() == null ? null : group.getValue().id();
    }
}
