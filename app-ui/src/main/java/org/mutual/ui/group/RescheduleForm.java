package org.mutual.ui.group;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.TextStyle;
import org.mutual.domain.schedule.WeeklySlot;
import org.mutual.ui.base.FormDialog;
import org.mutual.ui.base.TimeZones;

/** A new weekly slot for the future sessions of a series; past, held, cancelled and moved ones stay. */
public class RescheduleForm extends FormDialog<WeeklySlot> {

    final Select<DayOfWeek> weekday = new Select<>();
    final TimePicker start = new TimePicker();
    final IntegerField minutes = new IntegerField();
    final ComboBox<String> zone = new ComboBox<>();

    public RescheduleForm(WeeklySlot current) {
        super("series.reschedule", "series.reschedule", "reschedule");
        weekday.setLabel(getTranslation("slot.weekday"));
        weekday.setId("reschedule-weekday");
        weekday.setItems(DayOfWeek.values());
        weekday.setItemLabelGenerator(d -> d.getDisplayName(TextStyle.FULL, getLocale()));
        weekday.setValue(current.day());
        start.setLabel(getTranslation("slot.start"));
        start.setId("reschedule-start");
        start.setStep(Duration.ofMinutes(15));
        start.setValue(current.start());
        minutes.setLabel(getTranslation("slot.minutes"));
        minutes.setId("reschedule-minutes");
        minutes.setValue((int) current.duration().toMinutes());
        zone.setLabel(getTranslation("slot.zone"));
        zone.setId("reschedule-zone");
        zone.setItems(TimeZones.selectable());
        zone.setValue(current.zone().getId());
        bindError("day", weekday);
        bindError("start", start);
        bindError("duration", minutes);
        bindError("zone", zone);
        add(new Paragraph(getTranslation("series.reschedule.help")), new FormLayout(weekday, start, minutes, zone));
    }

    @Override
    protected WeeklySlot build() {
        return WeeklySlot.of(weekday.getValue(), start.getValue(),
                minutes.getValue() == null ? null : Duration.ofMinutes(minutes.getValue()),
                zone.getValue() == null ? null : ZoneId.of(zone.getValue()));
    }
}
