package org.mutual.ui.my;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.mutual.domain.homework.Homework;
import org.mutual.domain.homework.HomeworkCounts;
import org.mutual.domain.homework.HomeworkService;
import org.mutual.domain.schedule.PracticeZone;
import org.mutual.domain.user.Roles;
import org.mutual.ui.base.Formats;
import org.mutual.ui.export.Exports;
import org.mutual.ui.homework.HomeworkBadge;

/**
 * {@code /my/homework}: a client's homework — what is still to do (soonest due first, overdue marked
 * by the day where the client is) and what is done (latest first), each opening its own page. Both
 * lists load lazily, page by page; their sizes come from one count per status.
 */
@Route("my/homework")
@RolesAllowed(Roles.CLIENT)
public class MyHomeworkView extends VerticalLayout implements HasDynamicTitle {

    private final transient HomeworkService homework;
    private final transient PracticeZone practiceZone;
    private final transient Clock clock;
    final Grid<Homework> open = new Grid<>();
    final Grid<Homework> done = new Grid<>();
    private Formats formats;
    private LocalDate today;

    public MyHomeworkView(HomeworkService homework, Exports exports, PracticeZone practiceZone, Clock clock) {
        this.homework = homework;
        this.practiceZone = practiceZone;
        this.clock = clock;
        setId("my-homework");
        addClassName("portal");
        useZone(practiceZone.zone());

        configure(open, "my-homework-open", true);
        configure(done, "my-homework-done", false);
        HomeworkCounts counts = homework.myCounts();
        int openCount = counts.open();
        int doneCount = counts.done();
        add(new H2(getTranslation("my.homework.title")));
        // A client may take their own record of taking part home: attendance and homework, no notes.
        add(exports.myHistoryPdf());
        if (openCount + doneCount == 0) {
            Paragraph empty = new Paragraph(getTranslation("my.homework.empty"));
            empty.setId("my-homework-empty");
            add(empty);
            return;
        }
        add(new H3(getTranslation("my.homework.to-do", openCount)), openCount == 0
                ? new Paragraph(getTranslation("my.homework.all-done")) : open);
        if (doneCount > 0) {
            add(new H3(getTranslation("my.homework.done", doneCount)), done);
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        ClientZone.resolve(event.getUI(), practiceZone, zone -> {
            useZone(zone);
            open.getDataProvider().refreshAll();
        });
    }

    private void useZone(ZoneId zone) {
        formats = new Formats(zone, getLocale());
        today = LocalDate.ofInstant(Instant.now(clock), zone);
    }

    private void configure(Grid<Homework> grid, String id, boolean openOnes) {
        grid.setId(id);
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(this::card);
        // No count query: the heading holds the number, and the grid learns where the list ends from
        // the last page being short.
        grid.setItems(query -> homework.mine(openOnes, query.getOffset(), query.getLimit()).stream());
        grid.setHeight("min(24rem, 60vh)");
        grid.setWidthFull();
    }

    private Component card(Homework h) {
        RouterLink title = new RouterLink(h.title(), MyHomeworkItemView.class, MyHomeworkItemView.parameters(h.id()));
        title.setId("my-homework-link-" + h.id());
        title.addClassName("portal-card-title");
        Div due = new Div(getTranslation("homework.due-on", formats.date(h.due())));
        due.addClassName("portal-card-meta");
        Div card = new Div(title, due, HomeworkBadge.of(h, today));
        card.addClassName("portal-card");
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.my-homework");
    }
}
