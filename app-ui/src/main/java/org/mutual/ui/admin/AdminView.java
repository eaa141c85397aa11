package org.mutual.ui.admin;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.mutual.domain.audit.AuditEntry;
import org.mutual.domain.audit.AuditQuery;
import org.mutual.domain.audit.AuditTrail;
import org.mutual.domain.user.Roles;

/** {@code /admin}: the practice manager's overview, starting with the latest audit entries. */
@Route("admin")
@RolesAllowed(Roles.ADMIN)
public class AdminView extends VerticalLayout implements HasDynamicTitle {

    public AdminView(AuditTrail auditTrail) {
        setId("admin");
        setSizeFull();
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(getLocale()).withZone(ZoneId.systemDefault());

        Grid<AuditEntry> audit = new Grid<>();
        audit.setId("audit-grid");
        audit.addColumn(e -> time.format(e.at())).setHeader(getTranslation("audit.time")).setAutoWidth(true);
        audit.addColumn(AuditEntry::actorName).setHeader(getTranslation("audit.actor"));
        audit.addColumn(AuditEntry::action).setHeader(getTranslation("audit.action"));
        audit.addColumn(e -> e.recordType() + " " + e.recordId()).setHeader(getTranslation("audit.record"));
        audit.addColumn(e -> getTranslation("audit.outcome." + e.outcome().name())).setHeader(getTranslation("audit.outcome"));
        audit.setItems(q -> auditTrail.latest(q.getOffset(), q.getLimit()).stream(),
                q -> (int) Math.min(Integer.MAX_VALUE, auditTrail.count()));
        RouterLink search = new RouterLink(getTranslation("audit.search-all"), AuditLogView.class);
        search.setId("admin-audit-link");
        add(new H2(getTranslation("admin.title")), new H3(getTranslation("audit.title")), search, audit);
        setFlexGrow(1, audit);
        // The latest entries are the audit log too: looking at them is recorded like the full log.
        auditTrail.viewed(AuditQuery.ALL);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.admin");
    }
}
