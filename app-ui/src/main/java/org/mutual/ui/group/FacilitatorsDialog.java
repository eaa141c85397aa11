package org.mutual.ui.group;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import org.mutual.domain.group.Facilitator;
import org.mutual.domain.group.GroupId;
import org.mutual.domain.group.GroupService;
import org.mutual.domain.user.AccountSummary;

/** The group's facilitators: the lead stays; co-facilitators are added from the practice's therapists. */
class FacilitatorsDialog extends Dialog {

    private final transient GroupService groups;
    private final GroupId group;
    private final VerticalLayout content = new VerticalLayout();

    FacilitatorsDialog(GroupService groups, GroupId group) {
        this.groups = groups;
        this.group = group;
        setId("facilitators-dialog");
        setHeaderTitle(getTranslation("group.facilitators"));
        content.setPadding(false);
        add(content);
        Button close = new Button(getTranslation("action.close"), e -> close());
        close.setId("facilitators-close");
        getFooter().add(close);
        render();
    }

    private void render() {
        content.removeAll();
        for (Facilitator f : groups.facilitators(group)) {
            HorizontalLayout row = new HorizontalLayout(new Span(f.displayName()
                    + (f.lead() ? " (" + getTranslation("group.lead.short") + ")" : "")));
            row.setDefaultVerticalComponentAlignment(HorizontalLayout.Alignment.CENTER);
            if (!f.lead()) {
                Button remove = new Button(getTranslation("plan.remove"), e -> {
                    groups.removeCoFacilitator(group, f.user());
                    render();
                });
                remove.setId("remove-facilitator-" + f.user());
                remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                row.add(remove);
            }
            content.add(row);
        }
        Select<AccountSummary> candidate = new Select<>();
        candidate.setId("facilitator-candidate");
        candidate.setLabel(getTranslation("group.add-facilitator"));
        candidate.setItems(groups.coFacilitatorCandidates(group));
        candidate.setItemLabelGenerator(AccountSummary::displayName);
        Button add = new Button(getTranslation("group.add-facilitator"), e -> {
            if (candidate.getValue() != null) {
                groups.addCoFacilitator(group, candidate.getValue().id());
                render();
            }
        });
        add.setId("add-facilitator");
        HorizontalLayout addRow = new HorizontalLayout(candidate, add);
        addRow.setDefaultVerticalComponentAlignment(HorizontalLayout.Alignment.BASELINE);
        content.add(addRow);
    }
}
