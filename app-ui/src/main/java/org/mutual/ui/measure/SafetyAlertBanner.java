package org.mutual.ui.measure;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.time.ZoneId;
import java.util.List;
import org.mutual.domain.measure.MeasureService;
import org.mutual.domain.measure.SafetyAlert;
import org.mutual.ui.base.Formats;

/**
 * The unacknowledged safety alerts of the groups the signed-in therapist facilitates, for the top
 * of their dashboard. Each names the client (linking to their file), the group and the day; it stays
 * until a facilitator acknowledges it. Hidden when there is none. For therapists only: the service
 * refuses (and audits) anyone else.
 */
public class SafetyAlertBanner extends Div {

    private final transient MeasureService measures;
    private final Formats formats;

    public SafetyAlertBanner(MeasureService measures, ZoneId zone) {
        this(measures, zone, measures.openAlerts());
    }

    /** Shows {@code open}, read already (with the rest of the dashboard); reads again after an acknowledgement. */
    public SafetyAlertBanner(MeasureService measures, ZoneId zone, List<SafetyAlert> open) {
        this.measures = measures;
        this.formats = new Formats(zone, getLocale());
        setId("safety-alert-banner");
        addClassName("safety-alert-banner");
        getElement().setAttribute("role", "alert");
        render(open);
    }

    private void render(List<SafetyAlert> open) {
        removeAll();
        setVisible(!open.isEmpty());
        if (open.isEmpty()) {
            return;
        }
        add(new H3(getTranslation("measure.alert.title")));
        for (SafetyAlert alert : open) {
            Anchor client = new Anchor("clients/" + alert.client(), alert.clientName());
            Span text = new Span(getTranslation("measure.alert.text", alert.groupName(),
                    formats.dateTime(alert.raisedAt())));
            Button acknowledge = new Button(getTranslation("measure.alert.ack"), e -> {
                measures.acknowledge(alert.id());
                Notification.show(getTranslation("measure.alert.acked"));
                render(measures.openAlerts());
            });
            acknowledge.setId("safety-alert-ack-" + alert.id());
            acknowledge.addClassName("safety-alert-ack");
            acknowledge.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            HorizontalLayout row = new HorizontalLayout(client, text, acknowledge);
            row.setId("safety-alert-" + alert.id());
            row.addClassName("safety-alert");
            row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
            row.setWrap(true);
            add(row);
        }
    }
}
