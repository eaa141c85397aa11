package org.mutual.ui.intake;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.mutual.domain.intake.IntakeService;
import org.mutual.domain.intake.IntakeStatus;
import org.mutual.domain.intake.IntakeSummary;
import org.mutual.domain.schedule.PracticeZone;
import org.mutual.domain.user.Roles;
import org.mutual.ui.base.Formats;

/**
 * {@code /intakes}: submissions of the public form, newest first, filtered by status (new ones by
 * default), with the patterns each person named. Opening one is a read of its own, audited.
 */
@Route("intakes")
@RolesAllowed({Roles.THERAPIST, Roles.ADMIN})
public class IntakesView extends VerticalLayout implements HasDynamicTitle {

    final Select<IntakeStatus> status = new Select<>();
    final Grid<IntakeSummary> grid = new Grid<>();

    public IntakesView(IntakeService intakes, PracticeZone zone) {
        Formats formats = new Formats(zone.zone(), getLocale());
        setId("intakes");
        setSizeFull();

        status.setId("intake-status-filter");
        status.setLabel(getTranslation("intakes.status-filter"));
        status.setItems(IntakeStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("intakes.all"));
        status.setItemLabelGenerator(s -> s == null ? getTranslation("intakes.all")
                : getTranslation("intake.status." + s.name()));
        status.setValue(IntakeStatus.NEW);
        status.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        grid.setId("intake-grid");
        grid.addColumn(i -> formats.dateTime(i.submittedAt())).setHeader(getTranslation("intakes.submitted"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(IntakeSummary::preferredName).setHeader(getTranslation("intakes.name")).setFlexGrow(1);
        grid.addColumn(i -> i.patterns().stream().sorted().map(p -> getTranslation("pattern." + p.name()))
                .collect(Collectors.joining(", "))).setHeader(getTranslation("intakes.focus")).setFlexGrow(2);
        grid.addColumn(i -> getTranslation("intake.status." + i.status().name()))
                .setHeader(getTranslation("intakes.status")).setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("intakes.empty"));
        grid.setItems(query -> intakes.queue(filter(), query.getOffset(), query.getLimit()).stream(),
                query -> intakes.count(filter()));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(IntakeDetailView.class,
                IntakeDetailView.parameters(e.getItem().id()))));

        add(new H2(getTranslation("intakes.title")), status, grid);
        setFlexGrow(1, grid);
    }

    private Set<IntakeStatus> filter() {
        return status.getValue() == null ? Set.of() : EnumSet.of(status.getValue());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.intakes");
    }
}
