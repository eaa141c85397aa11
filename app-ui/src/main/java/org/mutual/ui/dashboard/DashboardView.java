package org.mutual.ui.dashboard;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.mutual.domain.agenda.AgendaItem;
import org.mutual.domain.dashboard.Dashboard;
import org.mutual.domain.dashboard.DashboardService;
import org.mutual.domain.homework.HomeworkService;
import org.mutual.domain.homework.ResourceService;
import org.mutual.domain.homework.ReviewItem;
import org.mutual.domain.measure.MeasureService;
import org.mutual.domain.schedule.PracticeZone;
import org.mutual.domain.user.AppUser;
import org.mutual.domain.user.CurrentUser;
import org.mutual.ui.admin.AdminView;
import org.mutual.ui.base.Formats;
import org.mutual.ui.calendar.CalendarFeedPanel;
import org.mutual.ui.group.GroupsView;
import org.mutual.ui.homework.ReviewHomeworkDialog;
import org.mutual.ui.measure.SafetyAlertBanner;
import org.mutual.ui.my.MyHomeworkView;
import org.mutual.ui.session.SessionView;
import org.springframework.beans.factory.ObjectProvider;

/**
 * {@code /}: a therapist's dashboard: open safety alerts first, their sessions today and this week with
 * roster sizes, homework to review and their calendar subscription, all read in one service call.
 * Clients and admins are sent on to their own home.
 */
@Route("")
@PermitAll
public class DashboardView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    /** Homework to review shown at full height up to this many; more scroll. */
    private static final int VISIBLE_REVIEWS = 8;

    private final transient CurrentUser currentUser;
    private final transient DashboardService dashboards;
    private final transient HomeworkService homework;
    private final transient ResourceService library;
    private final transient MeasureService measures;
    private final transient ObjectProvider<CalendarFeedPanel> calendarPanel;
    private final Formats formats;

    public DashboardView(CurrentUser currentUser, DashboardService dashboards, HomeworkService homework,
                         ResourceService library, MeasureService measures,
                         ObjectProvider<CalendarFeedPanel> calendarPanel, PracticeZone zone) {
        this.measures = measures;
        this.calendarPanel = calendarPanel;
        this.homework = homework;
        this.library = library;
        this.currentUser = currentUser;
        this.dashboards = dashboards;
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
        LocalDate today = formats.today();
        Dashboard dashboard = dashboards.overview(today);
        Paragraph summary = new Paragraph(getTranslation("dashboard.groups", dashboard.groupCount()));
        summary.setId("dashboard-group-count");
        add(new SafetyAlertBanner(measures, formats.zone(), dashboard.openAlerts()));
        add(new H2(getTranslation("dashboard.greeting", user.displayName())), summary,
                new RouterLink(getTranslation("dashboard.open-groups"), GroupsView.class));

        Instant startOfTomorrow = today.plusDays(1).atStartOfDay(formats.zone()).toInstant();
        List<AgendaItem> week = dashboard.week();
        add(new H3(getTranslation("dashboard.today")),
                agendaGrid("agenda-today", week.stream().filter(i -> i.session().startsAt().isBefore(startOfTomorrow)).toList()),
                new H3(getTranslation("dashboard.week")),
                agendaGrid("agenda-week", week.stream().filter(i -> !i.session().startsAt().isBefore(startOfTomorrow)).toList()));
        add(toReview(dashboard.toReview()));
        // A new panel on every render (the view renders again after a review), shown with the link's state read above.
        add(calendarPanel.getObject().show(dashboard.calendarLinkIssuedAt()));
    }

    /** Submitted homework of the therapist's groups, oldest first; each opens the review dialog. */
    private Component toReview(List<ReviewItem> items) {
        VerticalLayout section = new VerticalLayout();
        section.setPadding(false);
        section.setId("dashboard-homework-review");
        section.add(new H3(getTranslation("dashboard.homework-to-review", items.size())));
        if (items.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("dashboard.homework-none"));
            none.setId("dashboard-homework-none");
            section.add(none);
            return section;
        }
        Grid<ReviewItem> grid = new Grid<>();
        grid.setId("dashboard-homework-grid");
        // A few rows at full height; a longer list scrolls, and only the rows in view are sent.
        if (items.size() <= VISIBLE_REVIEWS) {
            grid.setAllRowsVisible(true);
        } else {
            grid.setHeight("24rem");
        }
        grid.addColumn(ReviewItem::member).setHeader(getTranslation("homework.board.member"));
        grid.addColumn(ReviewItem::group).setHeader(getTranslation("group.name"));
        grid.addColumn(i -> i.homework().title()).setHeader(getTranslation("homework.title")).setFlexGrow(2);
        grid.addColumn(i -> formats.dateTime(i.homework().submittedAt()))
                .setHeader(getTranslation("homework.submitted-at"));
        // Drawn in the browser from the row's data: no server-side button per row.
        String open = getTranslation("homework.open");
        grid.addColumn(LitRenderer.<ReviewItem>of("<vaadin-button theme=\"small\" "
                                + "id=\"dashboard-homework-open-${item.id}\" @click=\"${open}\">${item.label}</vaadin-button>")
                        .withProperty("id", i -> i.homework().id().value())
                        .withProperty("label", i -> open)
                        .withFunction("open", i -> {
                            ReviewHomeworkDialog dialog = new ReviewHomeworkDialog(homework, library, i.homework().id(),
                                    i.member(), formats);
                            dialog.addSubmittedListener(done -> render(currentUser.require()));
                            dialog.open();
                        }))
                .setAutoWidth(true).setFlexGrow(0);
        grid.setItems(items);
        section.add(grid);
        return section;
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

    @Override
    public String getPageTitle() {
        return getTranslation("title.dashboard");
    }
}
