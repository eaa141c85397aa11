package org.mutual.app.mail;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.mutual.domain.reminder.Reminder;
import org.mutual.domain.reminder.ReminderSender;
import org.springframework.stereotype.Component;

/**
 * Reminders as e-mail: the session's day, time and room (or "online"), the homework's due date, a
 * therapist's counts — never a name, a homework's title or anything written in Mutual — and a link
 * to the page where the reader finds the rest. Texts are English for now, from the screens' bundle.
 */
@Component
public class ReminderMail implements ReminderSender {

    private static final String BUNDLE = "vaadin-i18n/translations";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
            .withLocale(Locale.ENGLISH);

    private final OutgoingMail mail;

    public ReminderMail(OutgoingMail mail) {
        this.mail = mail;
    }

    @Override
    public boolean available() {
        return mail.configured();
    }

    @Override
    public void send(Reminder reminder) {
        switch (reminder) {
            case Reminder.SessionTomorrow s -> mail.send(List.of(s.email()), "mail.reminder.session.subject",
                    "mail.reminder.session.body", DAY.format(s.startsAt()), TIME.format(s.startsAt()),
                    s.online() ? text("mail.reminder.session.online")
                            : text("mail.reminder.session.place").replace("{0}", s.place()),
                    mail.link("/my/sessions"));
            case Reminder.HomeworkDue h -> mail.send(List.of(h.email()), "mail.reminder.homework.subject",
                    "mail.reminder.homework.body", DAY.format(h.dueOn()), mail.link("/my/homework"));
            case Reminder.TherapistDigest d -> mail.send(List.of(d.email()), "mail.reminder.digest.subject",
                    "mail.reminder.digest.body", d.toReview(), d.unsignedNotes(), mail.link("/"));
        }
    }

    private static String text(String key) {
        return ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH).getString(key);
    }
}
