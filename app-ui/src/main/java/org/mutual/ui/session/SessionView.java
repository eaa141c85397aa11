package org.mutual.ui.session;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mutual.domain.attendance.AttendanceService.RosterEntry;
import org.mutual.domain.attendance.AttendanceService;
import org.mutual.domain.attendance.AttendanceStatus;
import org.mutual.domain.base.ValidationException;
import org.mutual.domain.client.ClientId;
import org.mutual.domain.exercise.ExerciseService;
import org.mutual.domain.homework.HomeworkService;
import org.mutual.domain.homework.ResourceService;
import org.mutual.domain.membership.MemberView;
import org.mutual.domain.membership.MembershipService;
import org.mutual.domain.note.NoteService;
import org.mutual.domain.plan.PlanService;
import org.mutual.domain.record.RecordService;
import org.mutual.domain.schedule.PracticeZone;
import org.mutual.domain.session.Session;
import org.mutual.domain.session.SessionId;
import org.mutual.domain.session.SessionOverview;
import org.mutual.domain.session.SessionService;
import org.mutual.domain.session.SessionStatus;
import org.mutual.domain.user.Roles;
import org.mutual.ui.base.AccessibleTabSheet;
import org.mutual.ui.base.Formats;
import org.mutual.ui.base.Ids;
import org.mutual.ui.base.LazyTab;
import org.mutual.ui.base.LocalizedDatePicker;
import org.mutual.ui.export.Exports;
import org.mutual.ui.homework.SessionHomeworkPanel;

/**
 * {@code /sessions/{id}}: a session's time and place, its roster on that day (derived from
 * membership periods) and attendance — one tap per member, saved at once — and, for the group's
 * facilitators, the plan, the live record of each exercise and the clinical notes.
 */
@Route("sessions/:sessionId")
@RolesAllowed({Roles.THERAPIST, Roles.ADMIN})
public class SessionView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final transient SessionService sessions;
    private final transient AttendanceService attendance;
    private final Formats formats;
    private SessionId id;
    /** The attendance choices on screen, by id, so focus can return to the one just tapped. */
    private final Map<String, Button> attendanceButtons = new HashMap<>();

    private final transient PlanService plans;
    private final transient ExerciseService exercises;
    private final transient RecordService records;
    private final transient NoteService notes;
    private final transient MembershipService memberships;
    private final transient HomeworkService homework;
    private final transient ResourceService library;
    private final transient Exports exports;

    public SessionView(SessionService sessions, AttendanceService attendance, PlanService plans,
                       ExerciseService exercises, RecordService records, NoteService notes,
                       MembershipService memberships, HomeworkService homework, ResourceService library,
                       Exports exports, PracticeZone zone) {
        this.exports = exports;
        this.memberships = memberships;
        this.homework = homework;
        this.library = library;
        this.sessions = sessions;
        this.attendance = attendance;
        this.plans = plans;
        this.exercises = exercises;
        this.records = records;
        this.notes = notes;
        this.formats = new Formats(zone.zone(), getLocale());
        setId("session-view");
    }

    public static RouteParameters parameters(SessionId id) {
        return new RouteParameters("sessionId", id.toString());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = Ids.parse(event, "sessionId", "session", SessionId::new);
        render();
    }

    private void render() {
        removeAll();
        attendanceButtons.clear();
        // One read of the session (with its group's name); the roster and the tabs reuse it.
        SessionOverview overview = sessions.overview(id);
        Session session = overview.session();
        boolean canRecord = sessions.canRecord(session);
        String groupName = overview.groupName();

        H2 title = new H2(formats.dateTime(session.startsAt()) + " – " + formats.time(session.endsAt()));
        title.setId("session-title");
        Span status = new Span(getTranslation("session.status." + session.status().name()));
        status.getElement().getThemeList().add(session.status() == SessionStatus.CANCELLED ? "badge error" : "badge");
        status.setId("session-status");
        // A plain link back: the group page links here, so a class reference would tie the two packages in a cycle.
        Anchor back = new Anchor("groups/" + session.group(), groupName);
        back.setId("session-group");
        add(back, new HorizontalLayout(title, status));
        String where = session.location().place() == null ? "" : session.location().place();
        if (session.location().videoLink() != null) {
            where = where.isEmpty() ? session.location().videoLink() : where + " · " + session.location().videoLink();
        }
        add(new Paragraph(where));
        if (session.cancelReason() != null) {
            Paragraph reason = new Paragraph(getTranslation("session.cancelled-because", session.cancelReason()));
            reason.setId("session-cancel-reason");
            add(reason);
        }
        if (canRecord && session.status() == SessionStatus.PLANNED) {
            add(sessionActions(session));
        }
        if (session.status() == SessionStatus.CANCELLED) {
            return;
        }
        List<RosterEntry> roster = attendance.roster(session);
        TabSheet tabs = new AccessibleTabSheet();
        tabs.setId("session-tabs");
        tabs.setWidthFull();
        // Attendance is saved with each tap, so its rows can go while another tab is open (the Record
        // tab during a session) and be drawn again when it is chosen again — from the roster this page
        // read, as before (a mark made elsewhere shows when the page is next drawn).
        tabs.add(getTranslation("attendance.title"),
                LazyTab.releasedWhenHidden(() -> attendanceSection(roster, canRecord), attendanceButtons::clear));
        if (canRecord) {
            // Plans, records and notes are clinical: only the group's facilitators see them.
            Map<ClientId, String> names = new LinkedHashMap<>();
            roster.forEach(e -> names.put(e.client().id(), e.client().preferredName()));
            tabs.add(getTranslation("session.tab.plan"), new LazyTab(() -> planTab(session)));
            tabs.add(getTranslation("session.tab.record"), new LazyTab(() -> new RecordPanel(records, session, names)));
            tabs.add(getTranslation("session.tab.notes"), new LazyTab(() -> new NotesPanel(notes, exports, id, names, formats)));
        }
        add(tabs);
    }

    private Component planTab(Session session) {
        List<MemberView> members = memberships.members(session.group());
        Map<ClientId, String> everyone = new HashMap<>();
        members.forEach(m -> everyone.put(m.client().id(), m.client().preferredName()));
        List<MemberView> active = memberships.rosterAt(session.group(), formats.today());
        VerticalLayout tab = new VerticalLayout(exports.planPdf(id), new PlanPanel(plans, exercises, id),
                new SessionHomeworkPanel(homework, exercises, library, id, session.group(), active, everyone, formats));
        tab.setPadding(false);
        return tab;
    }

    private Component sessionActions(Session session) {
        Button cancel = new Button(getTranslation("session.cancel"), e -> openCancel(session));
        cancel.setId("session-cancel");
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Button move = new Button(getTranslation("session.move"), e -> openMove(session));
        move.setId("session-move");
        return new HorizontalLayout(move, cancel);
    }

    private void openCancel(Session session) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("cancel-dialog");
        dialog.setHeader(getTranslation("session.cancel.title"));
        TextArea reason = new TextArea(getTranslation("session.cancel.reason"));
        reason.setId("cancel-reason");
        reason.setMaxLength(Session.CANCEL_REASON_MAX);
        reason.setWidthFull();
        dialog.add(reason);
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.back"));
        dialog.setConfirmText(getTranslation("session.cancel"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.setCloseOnEsc(true);
        dialog.addConfirmListener(e -> {
            try {
                sessions.cancel(id, reason.getValue(), session.version());
                render();
            } catch (ValidationException failure) {
                reason.setErrorMessage(getTranslation(failure.errors().getFirst().messageKey(),
                        failure.errors().getFirst().args()));
                reason.setInvalid(true);
                dialog.open();
            }
        });
        dialog.open();
    }

    private void openMove(Session session) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("move-dialog");
        dialog.setHeader(getTranslation("session.move.title"));
        ZonedDateTime start = session.startsAt().atZone(formats.zone());
        DatePicker date = new LocalizedDatePicker(getTranslation("session.date"), start.toLocalDate());
        date.setId("move-date");
        TimePicker time = new TimePicker(getTranslation("slot.start"), start.toLocalTime());
        time.setId("move-time");
        time.setStep(Duration.ofMinutes(15));
        dialog.add(new HorizontalLayout(date, time));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.back"));
        dialog.setConfirmText(getTranslation("session.move"));
        dialog.addConfirmListener(e -> {
            if (date.getValue() == null || time.getValue() == null) {
                dialog.open();
                return;
            }
            Instant newStart = ZonedDateTime.of(date.getValue(), time.getValue(), formats.zone()).toInstant();
            Duration length = Duration.between(session.startsAt(), session.endsAt());
            sessions.move(id, newStart, newStart.plus(length), session.version());
            render();
        });
        dialog.open();
    }

    private Component attendanceSection(List<RosterEntry> roster, boolean canRecord) {
        VerticalLayout section = new VerticalLayout();
        section.setPadding(false);
        section.setId("attendance");
        Paragraph size = new Paragraph(getTranslation("session.roster", roster.size()));
        size.setId("roster-size");
        section.add(new H3(getTranslation("attendance.title")), size);
        for (RosterEntry entry : roster) {
            section.add(attendanceRow(entry, canRecord));
        }
        return section;
    }

    private Component attendanceRow(RosterEntry entry, boolean canRecord) {
        Span name = new Span(entry.client().preferredName());
        name.addClassName("attendance-name");
        name.setId("roster-" + entry.client().id());
        HorizontalLayout row = new HorizontalLayout(name);
        row.addClassName("attendance-row");
        row.setDefaultVerticalComponentAlignment(Alignment.CENTER);
        for (AttendanceStatus status : AttendanceStatus.values()) {
            Button button = new Button(getTranslation("attendance.status." + status.name()));
            button.setId("attendance-" + entry.client().id() + "-" + status.name());
            button.addClassName("attendance-choice");
            boolean selected = status == entry.status();
            button.getElement().setAttribute("aria-pressed", String.valueOf(selected));
            if (selected) {
                button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            button.setEnabled(canRecord);
            button.addClickListener(e -> {
                attendance.mark(id, entry.client().id(), status);
                render();
                // The page was rebuilt under the keyboard: put focus back on the same choice, on the
                // attendance rows the new tab sheet drew (looked up once the rebuild is complete).
                String tapped = button.getId().orElseThrow();
                getUI().ifPresent(ui -> ui.beforeClientResponse(this, context ->
                        Optional.ofNullable(attendanceButtons.get(tapped)).ifPresent(Button::focus)));
            });
            attendanceButtons.put(button.getId().orElseThrow(), button);
            row.add(button);
        }
        return row;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.session");
    }
}
