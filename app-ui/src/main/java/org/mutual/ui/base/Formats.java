package org.mutual.ui.base;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.mutual.domain.schedule.WeeklySlot;

/** Dates and times as the user reads them: in the practice's time zone and the user's locale. */
public final class Formats {

    private final ZoneId zone;
    private final Locale locale;

    public Formats(ZoneId zone, Locale locale) {
        this.zone = zone;
        this.locale = locale;
    }

    public ZoneId zone() {
        return zone;
    }

    public String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", locale).withZone(zone)
                .format(instant);
    }

    /** To the second, as the audit log needs it: "Nov 26, 2026, 9:03:12 AM", "26 nov 2026, 9:03:12". */
    public String dateTimeToTheSecond(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale)
                .withZone(zone).format(instant);
    }

    public String time(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofPattern("HH:mm", locale).withZone(zone).format(instant);
    }

    public String weekday(java.time.DayOfWeek day) {
        return day.getDisplayName(java.time.format.TextStyle.FULL, locale);
    }

    public String slot(WeeklySlot slot) {
        if (slot == null) {
            return "";
        }
        return weekday(slot.day()) + " " + slot.start() + " (" + slot.duration().toMinutes() + " min, "
                + slot.zone().getId() + ")";
    }

    public LocalDate today() {
        return LocalDate.now(zone);
    }
}
