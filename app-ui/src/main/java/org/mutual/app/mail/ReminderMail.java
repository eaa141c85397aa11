package org.mutual.app.mail;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;
import org.mutual.domain.reminder.Reminder;
import org.mutual.domain.reminder.ReminderSender;
import org.springframework.stereotype.Component;

/**
 * Reminders as e-mail: the session's day, time and room (or "online"), the homework's due date, a
 * therapist's counts — never a name, a homework's title or anything written in Mutual — and a link
 * to the page where the reader finds the rest. Each is written in the language its reader chose for
 * Mutual (English when they chose none), dates and times as that language writes them.
 */
@Component
public class ReminderMail implements ReminderSender {

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
        Locale language = Locale.forLanguageTag(reminder.language().tag());
        switch (reminder) {
            case Reminder.SessionTomorrow s -> mail.send(List.of(s.email()), language, "mail.reminder.session.subject",
                    "mail.reminder.session.body", day(s.startsAt(), language), time(s.startsAt(), language),
                    s.online() ? text(language, "mail.reminder.session.online")
                            : text(language, "mail.reminder.session.place").replace("{0}", s.place()),
                    mail.link("/my/sessions"));
            case Reminder.HomeworkDue h -> mail.send(List.of(h.email()), language, "mail.reminder.homework.subject",
                    "mail.reminder.homework.body", day(h.dueOn(), language), mail.link("/my/homework"));
            case Reminder.TherapistDigest d -> mail.send(List.of(d.email()), language, "mail.reminder.digest.subject",
                    "mail.reminder.digest.body", d.toReview(), d.unsignedNotes(), mail.link("/"));
        }
    }

    /** "Thursday, November 26, 2026", "jueves, 26 de noviembre de 2026". */
    static String day(TemporalAccessor date, Locale language) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(language).format(date);
    }

    static String time(TemporalAccessor time, Locale language) {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(language).format(time);
    }

    private static String text(Locale language, String key) {
        return OutgoingMail.texts(language).getString(key);
    }
}
