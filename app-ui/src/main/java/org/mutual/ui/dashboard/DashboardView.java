package org.mutual.ui.dashboard;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.mutual.domain.agenda.AgendaItem;
import org.mutual.domain.agenda.AgendaService;
import org.mutual.domain.schedule.PracticeZone;
import org.mutual.domain.group.GroupService;
import org.mutual.domain.user.AppUser;
import org.mutual.domain.user.CurrentUser;
import org.mutual.ui.admin.AdminView;
import org.mutual.ui.group.GroupsView;
import org.mutual.ui.base.Formats;
import org.mutual.ui.my.MyHomeworkView;
import org.mutual.ui.session.SessionView;

/** {@code /}: a therapist's dashboard: their sessions today and this week with roster sizes. Clients and admins are sent on to their own home. */
@Route("")
@PageTitle("Dashboard · Mutual")
@PermitAll
public class DashboardView extends VerticalLayout implements BeforeEnterObserver {

    private final transient CurrentUser currentUser;
    private final transient GroupService groups;

    private final transient AgendaService agenda;
    private final Formats formats;

    public DashboardView(CurrentUser currentUser, GroupService groups, AgendaService agenda, PracticeZone zone) {
        this.currentUser = currentUser;
        this.groups = groups;
        this.agenda = agenda;
        this.formats = new Formats(zone.zone(), getLocale());
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

        LocalDate today = formats.today();
        Instant startOfToday = today.atStartOfDay(formats.zone()).toInstant();
        Instant startOfTomorrow = today.plusDays(1).atStartOfDay(formats.zone()).toInstant();
        Instant endOfWeek = today.plusDays(7).atStartOfDay(formats.zone()).toInstant();
        List<AgendaItem> week = agenda.between(startOfToday, endOfWeek);
        add(new H3(getTranslation("dashboard.today")),
                agendaGrid("agenda-today", week.stream().filter(i -> i.session().startsAt().isBefore(startOfTomorrow)).toList()),
                new H3(getTranslation("dashboard.week")),
                agendaGrid("agenda-week", week.stream().filter(i -> !i.session().startsAt().isBefore(startOfTomorrow)).toList()));
    }

    private Grid<AgendaItem> agendaGrid(String id, List<AgendaItem> items) {
        Grid<AgendaItem> grid = new Grid<>();
        grid.setId(id);
        grid.setAllRowsVisible(true);
        grid.addComponentColumn(i -> new RouterLink(formats.dateTime(i.session().startsAt()), SessionView.class,
                SessionView.parameters(i.session().id()))).setHeader(getTranslation("session.when")).setFlexGrow(2);
        grid.addColumn(AgendaItem::groupName).setHeader(getTranslation("group.name")).setFlexGrow(2);
        grid.addColumn(i -> getTranslation("session.status." + i.session().status().name()))
                .setHeader(getTranslation("session.status"));
        grid.addColumn(AgendaItem::rosterSize).setHeader(getTranslation("session.roster-size"));
        grid.setItems(items);
        grid.setEmptyStateText(getTranslation("dashboard.no-sessions"));
        return grid;
    }
}
