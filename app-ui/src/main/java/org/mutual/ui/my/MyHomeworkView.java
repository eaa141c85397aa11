package org.mutual.ui.my;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.mutual.domain.homework.HomeworkCounts;
import org.mutual.domain.homework.HomeworkService;
import org.mutual.domain.homework.HomeworkSummary;
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
    /**
     * One homework as a card: its title links to its page (in the application, like a
     * {@code RouterLink}), then its due day and its status badge. Lit escapes every value.
     */
    private static final String CARD = """
            <div class="portal-card">\
            <a id="my-homework-link-${item.id}" class="portal-card-title" href="${item.href}" router-link>\
            ${item.title}</a>\
            <div class="portal-card-meta">${item.due}</div>\
            <span class="homework-status" theme="${item.theme}" data-status="${item.status}">${item.badge}</span>\
            </div>""";

    final Grid<HomeworkSummary> open = new Grid<>();
    final Grid<HomeworkSummary> done = new Grid<>();
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

    private void configure(Grid<HomeworkSummary> grid, String id, boolean openOnes) {
        grid.setId(id);
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
        // Each card is drawn by the browser from a few values: no server-side component per row.
        grid.addColumn(LitRenderer.<HomeworkSummary>of(CARD)
                .withProperty("id", h -> h.id().value())
                .withProperty("href", h -> MyHomeworkItemView.location(h.id()))
                .withProperty("title", HomeworkSummary::title)
                .withProperty("due", h -> getTranslation("homework.due-on", formats.date(h.due())))
                .withProperty("status", h -> HomeworkBadge.shown(h.status(), h.isOverdue(today)))
                .withProperty("theme", h -> HomeworkBadge.theme(h.status(), h.isOverdue(today)))
                .withProperty("badge", h -> HomeworkBadge.text(h.status(), h.isOverdue(today))));
        // No count query: the heading holds the number, and the grid learns where the list ends from
        // the last page being short.
        grid.setItems(query -> homework.mine(openOnes, query.getOffset(), query.getLimit()).stream());
        grid.setHeight("min(24rem, 60vh)");
        grid.setWidthFull();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.my-homework");
    }
}
