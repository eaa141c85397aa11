package org.mutual.ui.group;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.mutual.domain.base.ValidationException;
import org.mutual.domain.group.GroupService;
import org.mutual.domain.group.GroupStatus;
import org.mutual.domain.group.GroupSummary;
import org.mutual.domain.user.CurrentUser;
import org.mutual.domain.user.Role;
import org.mutual.domain.user.Roles;

/**
 * {@code /groups}: the groups a therapist facilitates (every group for an admin), searched by name
 * or focus and filtered by status. The grid pages lazily from the database.
 */
@Route("groups")
@RolesAllowed({Roles.THERAPIST, Roles.ADMIN})
public class GroupsView extends VerticalLayout implements HasDynamicTitle {

    private final transient GroupService groups;
    final Grid<GroupSummary> grid = new Grid<>();
    final TextField search = new TextField();
    final Select<GroupStatus> status = new Select<>();

    public GroupsView(GroupService groups, CurrentUser currentUser) {
        this.groups = groups;
        setId("groups");
        setSizeFull();

        search.setId("group-search");
        search.setPlaceholder(getTranslation("groups.search"));
        search.setAriaLabel(getTranslation("groups.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());

        status.setId("group-status-filter");
        status.setAriaLabel(getTranslation("groups.status-filter"));
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("groups.all-statuses"));
        status.setItems(GroupStatus.values());
        status.setItemLabelGenerator(s -> s == null ? getTranslation("groups.all-statuses")
                : getTranslation("group.status." + s.name()));
        status.addValueChangeListener(e -> refresh());

        HorizontalLayout toolbar = new HorizontalLayout(search, status);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        if (currentUser.require().is(Role.THERAPIST)) {
            Button create = new Button(getTranslation("group.new"), VaadinIcon.PLUS.create(), e -> openForm());
            create.setId("new-group");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            toolbar.add(create);
        }

        grid.setId("group-grid");
        grid.addComponentColumn(g -> new RouterLink(g.name(), GroupView.class, GroupView.parameters(g.id())))
                .setHeader(getTranslation("group.name")).setFlexGrow(2);
        grid.addColumn(GroupSummary::focus).setHeader(getTranslation("group.focus")).setFlexGrow(2);
        grid.addColumn(GroupSummary::capacity).setHeader(getTranslation("group.capacity")).setAutoWidth(true);
        grid.addColumn(g -> getTranslation("group.status." + g.status().name()))
                .setHeader(getTranslation("group.status")).setAutoWidth(true);
        grid.addColumn(GroupSummary::leadFacilitatorName).setHeader(getTranslation("group.lead")).setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("groups.empty"));
        grid.setItems(query -> groups.list(search.getValue(), status.getValue(), query.getOffset(), query.getLimit())
                .stream(), query -> groups.count(search.getValue(), status.getValue()));

        add(new H2(getTranslation("groups.title")), toolbar, grid);
        setFlexGrow(1, grid);
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    private void openForm() {
        GroupForm form = new GroupForm();
        form.addSaveListener(event -> {
            try {
                groups.create(event.draft());
            } catch (ValidationException failure) {
                form.showErrors(failure);
                return;
            }
            form.close();
            refresh();
            Notification done = Notification.show(getTranslation("group.created", event.draft().name()));
            done.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        });
        form.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.groups");
    }
}
