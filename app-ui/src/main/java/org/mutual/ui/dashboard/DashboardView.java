package org.mutual.ui.dashboard;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import org.mutual.domain.group.GroupService;
import org.mutual.domain.user.AppUser;
import org.mutual.domain.user.CurrentUser;
import org.mutual.ui.admin.AdminView;
import org.mutual.ui.group.GroupsView;
import org.mutual.ui.my.MyHomeworkView;

/** {@code /}: a therapist's dashboard. Clients and admins are sent on to their own home. */
@Route("")
@PageTitle("Dashboard · Mutual")
@PermitAll
public class DashboardView extends VerticalLayout implements BeforeEnterObserver {

    private final transient CurrentUser currentUser;
    private final transient GroupService groups;

    public DashboardView(CurrentUser currentUser, GroupService groups) {
        this.currentUser = currentUser;
        this.groups = groups;
        setId("dashboard");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        AppUser user = currentUser.require();
        switch (user.role()) {
            case CLIENT -> event.forwardTo(MyHomeworkView.class);
            case ADMIN -> event.forwardTo(AdminView.class);
            case THERAPIST -> render(user);
        }
    }

    private void render(AppUser user) {
        removeAll();
        int groupCount = groups.count(null, null);
        Paragraph summary = new Paragraph(getTranslation("dashboard.groups", groupCount));
        summary.setId("dashboard-group-count");
        add(new H2(getTranslation("dashboard.greeting", user.displayName())), summary,
                new RouterLink(getTranslation("dashboard.open-groups"), GroupsView.class));
    }
}
