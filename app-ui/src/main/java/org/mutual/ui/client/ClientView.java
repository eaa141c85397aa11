package org.mutual.ui.client;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import org.mutual.domain.client.Client;
import org.mutual.domain.client.ClientId;
import org.mutual.domain.clientfile.ClientFile;
import org.mutual.domain.clientfile.ClientFileService;
import org.mutual.domain.clientfile.ClinicalHistory;
import org.mutual.domain.exercise.BuiltInTexts;
import org.mutual.domain.note.Note;
import org.mutual.domain.record.ClientRecordValue;
import org.mutual.domain.reminder.ReminderService;
import org.mutual.domain.schedule.PracticeZone;
import org.mutual.domain.user.Roles;
import org.mutual.ui.base.Formats;
import org.mutual.ui.export.Exports;
import org.mutual.ui.base.Ids;
import org.mutual.ui.measure.MeasureTrendChart;

/**
 * {@code /clients/{id}}: a client's details, their membership periods across groups and their
 * attendance; for a facilitator of one of the client's groups also their scores, records and signed
 * notes. Therapists reach only clients of their own groups; every opening is audited. The whole page is
 * one {@link ClientFileService#open} call.
 */
@Route("clients/:clientId")
@RolesAllowed({Roles.THERAPIST, Roles.ADMIN})
public class ClientView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final transient ClientFileService files;
    private final transient Exports exports;
    private final transient ReminderService reminders;
    private final Formats formats;

    public ClientView(ClientFileService files, Exports exports, ReminderService reminders,
                      PracticeZone zone) {
        this.files = files;
        this.exports = exports;
        this.reminders = reminders;
        this.formats = new Formats(zone.zone(), getLocale());
        setId("client-view");
    }

    public static RouteParameters parameters(ClientId id) {
        return new RouteParameters("clientId", id.toString());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ClientId id = Ids.parse(event, "clientId", "client", ClientId::new);
        render(files.open(id));
    }

    private void render(ClientFile file) {
        removeAll();
        Client c = file.client();
        H2 name = new H2(c.preferredName());
        name.setId("client-name");
        add(name);
        Paragraph details = new Paragraph(getTranslation("client.details", c.legalName(), c.email(),
                c.phone() == null ? "–" : c.phone(), c.dateOfBirth() == null ? "–" : formats.date(c.dateOfBirth()),
                c.emergencyContact() == null ? "–" : c.emergencyContact()));
        details.setId("client-details");
        add(details);
        // The history export is for the facilitators of the client's groups: those who see the clinical part.
        if (file.clinical().isPresent()) {
            add(exports.historyPdf(c.id()));
        }
        Checkbox remind = new Checkbox(getTranslation("reminders.email.client"), file.emailReminders());
        remind.setId("client-email-reminders");
        remind.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                reminders.setEmailReminders(c.id(), change.getValue());
                Notification.show(getTranslation(change.getValue() ? "reminders.saved.on" : "reminders.saved.off"),
                        3000, Notification.Position.BOTTOM_START);
            }
        });
        add(remind);

        Grid<ClientFile.Membership> memberships = new Grid<>();
        memberships.setId("client-memberships");
        memberships.setAllRowsVisible(true);
        memberships.addColumn(ClientFile.Membership::groupName).setHeader(getTranslation("nav.groups"));
        memberships.addColumn(m -> formats.date(m.period().joinedOn())).setHeader(getTranslation("member.joined-on"));
        memberships.addColumn(m -> formats.date(m.period().leftOn())).setHeader(getTranslation("member.left-on"));
        memberships.addColumn(m -> getTranslation("membership.status." + m.period().status().name()))
                .setHeader(getTranslation("member.status"));
        memberships.addColumn(m -> m.period().leaveReason() == null ? "" : m.period().leaveReason())
                .setHeader(getTranslation("member.leave.reason"));
        memberships.setItems(file.memberships());

        Grid<ClientFile.Attendance> attendance = new Grid<>();
        attendance.setId("client-attendance");
        attendance.setAllRowsVisible(true);
        attendance.addColumn(a -> formats.dateTime(a.session().startsAt())).setHeader(getTranslation("session.when"));
        attendance.addColumn(ClientFile.Attendance::groupName).setHeader(getTranslation("nav.groups"));
        attendance.addColumn(a -> a.status() == null ? getTranslation("attendance.not-taken")
                : getTranslation("attendance.status." + a.status().name())).setHeader(getTranslation("attendance.title"));
        attendance.setItems(file.attendance());
        attendance.setEmptyStateText(getTranslation("attendance.no-data"));

        add(new H3(getTranslation("client.memberships")), memberships,
                new H3(getTranslation("client.attendance")), attendance);
        file.clinical().ifPresent(clinical -> {
            add(new H3(getTranslation("client.measures")), new MeasureTrendChart(clinical.scores(), formats.zone()));
            addClinical(clinical.history());
        });
    }

    /** Exercise records and signed notes: facilitators of the client's groups only, each read audited. */
    private void addClinical(ClinicalHistory history) {
        add(new H3(getTranslation("client.records")));
        if (!history.giveAndTake().isEmpty()) {
            Div chart = new Div(new Html(BalanceChart.svg(history.giveAndTake(), getTranslation("client.balance-chart"), getLocale())));
            chart.setId("balance-chart");
            chart.addClassName("chart");
            add(new Paragraph(getTranslation("client.balance-chart")), chart);
        }
        Grid<ClientRecordValue> values = new Grid<>();
        values.setId("client-records");
        values.setAllRowsVisible(true);
        values.addColumn(v -> formats.dateTime(v.startsAt())).setHeader(getTranslation("session.when"));
        values.addColumn(v -> BuiltInTexts.title(getLocale(), v.exerciseTitle())).setHeader(getTranslation("exercise.title"));
        values.addColumn(ClientRecordValue::fieldKey).setHeader(getTranslation("exercise.field-label"));
        values.addColumn(ClientRecordValue::value).setHeader(getTranslation("client.value"));
        values.setItems(history.values());
        values.setEmptyStateText(getTranslation("client.no-records"));
        add(values);

        add(new H3(getTranslation("client.signed-notes")));
        if (history.signedNotes().isEmpty()) {
            add(new Paragraph(getTranslation("client.no-notes")));
        }
        for (Note note : history.signedNotes()) {
            Div box = new Div();
            box.addClassName("client-note");
            box.add(new H4(getTranslation("note.signed-at", formats.dateTime(note.signedAt()))), new Pre(note.text()));
            note.addenda().forEach(a -> box.add(new H4(getTranslation("note.addendum-at", formats.dateTime(a.at()))),
                    new Pre(a.text())));
            add(box);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.client");
    }
}
