package org.mutual.ui.base;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * A date picker whose calendar speaks the user's language: month and weekday names, "Today" and
 * "Cancel", and the first day of the week (Monday in Spanish). The date format follows the locale too.
 */
public class LocalizedDatePicker extends DatePicker {

    public LocalizedDatePicker() {
        super();
    }

    public LocalizedDatePicker(String label, LocalDate value) {
        super(label, value);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        Locale locale = event.getUI().getLocale();
        setLocale(locale);
        setI18n(i18n(locale, getTranslation("picker.today"), getTranslation("action.cancel")));
        super.onAttach(event);
    }

    static DatePickerI18n i18n(Locale locale, String today, String cancel) {
        DayOfWeek[] sundayFirst = Stream.concat(Stream.of(DayOfWeek.SUNDAY),
                Arrays.stream(DayOfWeek.values()).limit(6)).toArray(DayOfWeek[]::new);
        List<String> months = Arrays.stream(java.time.Month.values())
                .map(m -> capitalised(m.getDisplayName(TextStyle.FULL_STANDALONE, locale), locale)).toList();
        List<String> weekdays = Arrays.stream(sundayFirst)
                .map(d -> capitalised(d.getDisplayName(TextStyle.FULL, locale), locale)).toList();
        List<String> shortWeekdays = Arrays.stream(sundayFirst)
                .map(d -> capitalised(d.getDisplayName(TextStyle.SHORT, locale), locale)).toList();
        return new DatePickerI18n()
                .setMonthNames(months)
                .setWeekdays(weekdays)
                .setWeekdaysShort(shortWeekdays)
                .setFirstDayOfWeek(java.time.temporal.WeekFields.of(locale).getFirstDayOfWeek() == DayOfWeek.MONDAY
                        || "es".equals(locale.getLanguage()) ? 1 : 0)
                .setToday(today)
                .setCancel(cancel);
    }

    private static String capitalised(String name, Locale locale) {
        return name.isEmpty() ? name : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }
}
