package org.mutual.ui.admin;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.mutual.domain.audit.AuditEntry;
import org.mutual.domain.audit.AuditOutcome;
import org.mutual.domain.audit.AuditQuery;
import org.mutual.domain.audit.AuditTrail;
import org.mutual.domain.base.ValidationException;
import org.mutual.domain.schedule.PracticeZone;
import org.mutual.domain.user.Roles;
import org.mutual.ui.base.FieldErrors;
import org.mutual.ui.base.Formats;
import org.mutual.ui.base.LocalizedDatePicker;

/**
 * {@code /admin/audit}: the whole audit trail, newest first, filtered by who, what, which record,
 * outcome and days in the practice's time zone. Looking is itself audited: once when the page opens
 * and once for every filter change, not for each page of rows the grid fetches while scrolling.
 */
@Route("admin/audit")
@RolesAllowed(Roles.ADMIN)
public class AuditLogView extends VerticalLayout implements HasDynamicTitle {

    private final transient AuditTrail auditTrail;
    private final FieldErrors errors = new FieldErrors();
    final TextField actor = new TextField();
    final TextField action = new TextField();
    final TextField record = new TextField();
    final Select<AuditOutcome> outcome = new Select<>();
    final DatePicker from = new LocalizedDatePicker();
    final DatePicker to = new LocalizedDatePicker();
    final Grid<AuditEntry> grid = new Grid<>();
    private final Formats formats;
    private AuditQuery query = AuditQuery.ALL;

    public AuditLogView(AuditTrail auditTrail, PracticeZone zone) {
        this.auditTrail = auditTrail;
        this.formats = new Formats(zone.zone(), getLocale());
        setId("audit-log");
        setSizeFull();

        text(actor, "audit-filter-actor", "audit.filter.actor", "audit.filter.actor.help");
        text(action, "audit-filter-action", "audit.filter.action", "audit.filter.action.help");
        text(record, "audit-filter-record", "audit.filter.record-ref", "audit.filter.record.help");
        outcome.setId("audit-filter-outcome");
        outcome.setLabel(getTranslation("audit.outcome"));
        outcome.setEmptySelectionAllowed(true);
        outcome.setEmptySelectionCaption(getTranslation("audit.filter.any-outcome"));
        outcome.setItems(AuditOutcome.values());
        outcome.setItemLabelGenerator(o -> o == null ? getTranslation("audit.filter.any-outcome")
                : getTranslation("audit.outcome." + o.name()));
        outcome.addValueChangeListener(e -> filterChanged());
        date(from, "audit-filter-from", "audit.filter.from");
        date(to, "audit-filter-to", "audit.filter.to");
        errors.bind("actor", actor).bind("action", action).bind("record", record).bind("to", to);

        FlexLayout filters = new FlexLayout(actor, action, record, outcome, from, to);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("gap", "var(--lumo-space-m)");

        Span zoneNote = new Span(getTranslation("audit.filter.zone", zone.zone().getId()));
        zoneNote.setId("audit-zone");
        zoneNote.addClassName("hint");

        grid.setId("audit-log-grid");
        grid.addColumn(e -> formats.dateTimeToTheSecond(e.at())).setHeader(getTranslation("audit.time")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(AuditEntry::actorName).setHeader(getTranslation("audit.actor")).setAutoWidth(true);
        grid.addColumn(AuditEntry::action).setHeader(getTranslation("audit.action")).setAutoWidth(true);
        grid.addColumn(e -> e.recordType() + ":" + e.recordId()).setHeader(getTranslation("audit.record"))
                .setAutoWidth(true);
        grid.addColumn(e -> getTranslation("audit.outcome." + e.outcome().name()))
                .setHeader(getTranslation("audit.outcome")).setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("audit.empty"));
        grid.setItems(DataProvider.fromCallbacks(
                q -> auditTrail.find(query, q.getOffset(), q.getLimit()).stream(),
                q -> (int) Math.min(Integer.MAX_VALUE, auditTrail.count(query))));

        add(new H2(getTranslation("audit.title")), filters, zoneNote, grid);
        setFlexGrow(1, grid);
        auditTrail.viewed(query);
    }

    private void text(TextField field, String id, String labelKey, String helpKey) {
        field.setId(id);
        field.setLabel(getTranslation(labelKey));
        field.setHelperText(getTranslation(helpKey));
        field.setClearButtonVisible(true);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.addValueChangeListener(e -> filterChanged());
    }

    private void date(DatePicker field, String id, String labelKey) {
        field.setId(id);
        field.setLabel(getTranslation(labelKey));
        field.setClearButtonVisible(true);
        field.setLocale(getLocale());
        field.addValueChangeListener(e -> filterChanged());
    }

    /** A new filter is applied, audited once, and the grid starts again from the newest match. */
    private void filterChanged() {
        AuditQuery next;
        try {
            next = AuditQuery.of(actor.getValue(), action.getValue(), record.getValue(), outcome.getValue(),
                    from.getValue(), to.getValue(), formats.zone());
        } catch (ValidationException invalid) {
            errors.show(invalid, this);
            return;
        }
        errors.clear();
        if (next.equals(query)) {
            return;
        }
        query = next;
        auditTrail.viewed(query);
        grid.getDataProvider().refreshAll();
        grid.scrollToStart();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.audit-log");
    }
}
