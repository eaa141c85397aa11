package org.mutual.ui.my;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.List;
import org.mutual.domain.calendar.CalendarEvent;
import org.mutual.domain.calendar.CalendarFeedService;
import org.mutual.domain.reminder.ReminderService;
import org.mutual.domain.schedule.PracticeZone;
import org.mutual.domain.schedule.SessionLocation;
import org.mutual.domain.user.Roles;
import org.mutual.ui.base.Formats;
import org.mutual.ui.calendar.CalendarFeedPanel;

/**
 * {@code /my/sessions}: a client's coming sessions — those of their groups on the days of their
 * membership, soonest first, cancelled ones marked — with where they take place, in the client's own
 * time zone, and the calendar subscription below. Shows nothing about the other members.
 */
@Route("my/sessions")
@RolesAllowed(Roles.CLIENT)
public class MySessionsView extends VerticalLayout implements HasDynamicTitle {

    private final transient PracticeZone practiceZone;
    private final transient List<CalendarEvent> sessions;
    private final Div list = new Div();

    public MySessionsView(CalendarFeedService calendar, PracticeZone practiceZone, CalendarFeedPanel subscription,
                          ReminderService reminders) {
        this.practiceZone = practiceZone;
        this.sessions = calendar.mySessions();
        setId("my-sessions");
        addClassName("portal");
        list.setId("my-sessions-list");
        list.addClassName("portal-list");
        add(new H2(getTranslation("my.sessions.title")));
        if (sessions.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("my.sessions.empty"));
            empty.setId("my-sessions-empty");
            add(empty);
        } else {
            add(list);
            render(practiceZone.zone());
        }
        add(subscription);
        add(reminderSwitch(reminders));
    }

    /** The client's choice of e-mail reminders, saved (and audited) as soon as it changes. */
    private Checkbox reminderSwitch(ReminderService reminders) {
        Checkbox remind = new Checkbox(getTranslation("reminders.email"), reminders.myEmailReminders());
        remind.setId("my-email-reminders");
        remind.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                reminders.setMyEmailReminders(change.getValue());
                Notification.show(getTranslation(change.getValue() ? "reminders.saved.on" : "reminders.saved.off"),
                        3000, Notification.Position.BOTTOM_START);
            }
        });
        return remind;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        ClientZone.resolve(event.getUI(), practiceZone, this::render);
    }

    private void render(ZoneId zone) {
        Formats formats = new Formats(zone, getLocale());
        list.removeAll();
        sessions.forEach(s -> list.add(card(s, formats)));
    }

    private Component card(CalendarEvent session, Formats formats) {
        Div when = new Div(getTranslation("my.sessions.when", formats.dateTime(session.start()),
                formats.time(session.end())));
        when.addClassName("portal-card-title");
        Div card = new Div(when, new Div(session.groupName()));
        card.addClassName("portal-card");
        card.setId("my-session-" + session.session());
        SessionLocation location = session.location();
        if (location != null && location.place() != null) {
            Div place = new Div(getTranslation("my.sessions.place", location.place()));
            place.addClassName("portal-card-meta");
            card.add(place);
        }
        if (location != null && location.videoLink() != null && !session.cancelled()) {
            Anchor video = new Anchor(location.videoLink(), getTranslation("my.sessions.video"), AnchorTarget.BLANK);
            video.getElement().setAttribute("rel", "noopener noreferrer");
            video.addClassName("portal-card-meta");
            card.add(new Div(video));
        }
        if (session.cancelled()) {
            Span cancelled = new Span(getTranslation("my.sessions.cancelled"));
            cancelled.getElement().getThemeList().add("badge error");
            cancelled.addClassName("session-cancelled");
            card.add(cancelled);
            card.addClassName("portal-card-cancelled");
        }
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.my-sessions");
    }
}
