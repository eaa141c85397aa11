package org.mutual.ui.measure;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import org.mutual.domain.measure.MeasureResponse;
import org.mutual.domain.measure.MeasureService;
import org.mutual.domain.measure.Score;
import org.mutual.domain.schedule.PracticeZone;
import org.mutual.domain.user.Roles;
import org.mutual.ui.base.Formats;

/**
 * {@code /my/measures}: the questionnaires a client has to fill in, earliest due first, and the
 * ones they completed with their score and severity, latest first (paged lazily).
 */
@Route("my/measures")
@RolesAllowed(Roles.CLIENT)
public class MyMeasuresView extends VerticalLayout implements HasDynamicTitle {

    public MyMeasuresView(MeasureService measures, PracticeZone zone) {
        setId("my-measures");
        Formats formats = new Formats(zone.zone(), getLocale());
        LocalDate today = formats.today();
        add(new H2(getTranslation("measure.my.title")), new Paragraph(getTranslation("measure.my.intro")));

        List<MeasureResponse> open = measures.myPending();
        Grid<MeasureResponse> pending = new Grid<>();
        pending.setId("my-measures-pending");
        pending.setAllRowsVisible(true);
        pending.addComponentColumn(r -> {
            RouterLink link = new RouterLink(name(r), MyMeasureView.class, MyMeasureView.parameters(r.id()));
            link.setId("measure-open-" + r.id());
            return link;
        }).setHeader(getTranslation("measure.instrument")).setFlexGrow(2);
        pending.addComponentColumn(r -> {
            Span due = new Span(formats.date(r.due()));
            if (r.isOverdue(today)) {
                due.setText(formats.date(r.due()) + " · " + getTranslation("measure.overdue"));
                due.getElement().getThemeList().add("badge error");
            }
            return due;
        }).setHeader(getTranslation("measure.due"));
        pending.addColumn(r -> r.answers().isEmpty() ? ""
                : getTranslation("measure.progress", r.answers().size(), r.instrument().items()))
                .setHeader(getTranslation("measure.in-progress"));
        pending.setItems(open);
        pending.setEmptyStateText(getTranslation("measure.my.none-pending"));

        Grid<MeasureResponse> completed = new Grid<>();
        completed.setId("my-measures-completed");
        completed.setAllRowsVisible(true);
        completed.addComponentColumn(r -> new RouterLink(name(r), MyMeasureView.class,
                MyMeasureView.parameters(r.id()))).setHeader(getTranslation("measure.instrument")).setFlexGrow(2);
        completed.addColumn(r -> formats.dateTime(r.submittedAt())).setHeader(getTranslation("measure.submitted-on"));
        completed.addColumn(r -> r.score().map(s -> s.total() + " / " + s.instrument().maxTotal()).orElse(""))
                .setHeader(getTranslation("measure.score"));
        completed.addColumn(r -> r.score().map(Score::band).map(b -> getTranslation("measure.band." + b.name()))
                .orElse("")).setHeader(getTranslation("measure.band"));
        completed.setItems(query -> measures.mySubmitted(query.getOffset(), query.getLimit()).stream(),
                query -> measures.countMySubmitted());
        completed.setEmptyStateText(getTranslation("measure.my.none-completed"));

        add(new H3(getTranslation("measure.my.pending")), pending,
                new H3(getTranslation("measure.my.completed")), completed);
    }

    private String name(MeasureResponse r) {
        return getTranslation("measure.instrument." + r.instrument().name());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.my-measures");
    }
}
