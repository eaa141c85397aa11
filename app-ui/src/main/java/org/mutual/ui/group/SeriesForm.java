package org.mutual.ui.group;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.List;
import org.mutual.domain.base.Validator;
import org.mutual.domain.schedule.SessionLocation;
import org.mutual.domain.schedule.WeeklySlot;
import org.mutual.ui.base.FormDialog;
import org.mutual.ui.base.LocalizedDatePicker;
import org.mutual.ui.base.TimeZones;

/**
 * Generates a weekly series of sessions, or (with {@code single}) one extra session. Starts from
 * the group's defaults and can save the slot and place as the new defaults.
 */
public class SeriesForm extends FormDialog<SeriesForm.Plan> {

    /** What the form produces. {@code to} equals {@code from} for a single session. */
    public record Plan(WeeklySlot slot, LocalDate from, LocalDate to, SessionLocation location, boolean saveDefaults) {
    }

    final Select<DayOfWeek> weekday = new Select<>();
    final TimePicker start = new TimePicker();
    final IntegerField minutes = new IntegerField();
    final ComboBox<String> zone = new ComboBox<>();
    final DatePicker from = new LocalizedDatePicker();
    final DatePicker to = new LocalizedDatePicker();
    final TextField place = new TextField();
    final TextField videoLink = new TextField();
    final Checkbox saveDefaults = new Checkbox();
    private final boolean single;

    public SeriesForm(boolean single, WeeklySlot defaults, SessionLocation location, ZoneId practiceZone,
                      LocalDate today) {
        super(single ? "session.add-single" : "session.generate", single ? "session.add-single" : "session.generate",
                single ? "single" : "series");
        this.single = single;
        weekday.setLabel(getTranslation("slot.weekday"));
        weekday.setId("series-weekday");
        weekday.setItems(DayOfWeek.values());
        weekday.setItemLabelGenerator(d -> d.getDisplayName(TextStyle.FULL, getLocale()));
        start.setLabel(getTranslation("slot.start"));
        start.setId("series-start");
        start.setStep(Duration.ofMinutes(15));
        minutes.setLabel(getTranslation("slot.minutes"));
        minutes.setId("series-minutes");
        minutes.setMin(15);
        minutes.setMax(480);
        zone.setLabel(getTranslation("slot.zone"));
        zone.setId("series-zone");
        zone.setItems(TimeZones.selectable());
        from.setLabel(getTranslation(single ? "session.date" : "series.from"));
        from.setId("series-from");
        to.setLabel(getTranslation("series.to"));
        to.setId("series-to");
        place.setLabel(getTranslation("slot.place"));
        place.setId("series-place");
        videoLink.setLabel(getTranslation("slot.video-link"));
        videoLink.setId("series-video");
        saveDefaults.setLabel(getTranslation("series.save-defaults"));
        saveDefaults.setId("series-save-defaults");

        weekday.setValue(defaults == null ? DayOfWeek.TUESDAY : defaults.day());
        start.setValue(defaults == null ? LocalTime.of(18, 0) : defaults.start());
        minutes.setValue(defaults == null ? 90 : (int) defaults.duration().toMinutes());
        zone.setValue((defaults == null ? practiceZone : defaults.zone()).getId());
        from.setValue(today);
        to.setValue(today.plusWeeks(7));
        place.setValue(location == null || location.place() == null ? "" : location.place());
        videoLink.setValue(location == null || location.videoLink() == null ? "" : location.videoLink());
        saveDefaults.setValue(defaults == null);

        for (String field : List.of("day", "start", "duration", "zone")) {
            bindError(field, switch (field) {
                case "day" -> weekday;
                case "start" -> start;
                case "duration" -> minutes;
                default -> zone;
            });
        }
        bindError("from", from);
        bindError("to", to);
        bindError("place", place);
        bindError("videoLink", videoLink);

        FormLayout layout = new FormLayout();
        if (single) {
            layout.add(from, start, minutes, zone, place, videoLink);
        } else {
            layout.add(weekday, start, minutes, zone, from, to, place, videoLink, saveDefaults);
        }
        add(layout);
    }

    @Override
    protected Plan build() {
        Validator v = new Validator();
        v.require(from.getValue() != null, "from", "validation.required");
        v.require(single || to.getValue() != null, "to", "validation.required");
        v.require(zone.getValue() != null, "zone", "validation.required");
        DayOfWeek day = single && from.getValue() != null ? from.getValue().getDayOfWeek() : weekday.getValue();
        WeeklySlot slot = v.attempt(() -> WeeklySlot.of(day, start.getValue(),
                minutes.getValue() == null ? null : Duration.ofMinutes(minutes.getValue()),
                zone.getValue() == null ? null : ZoneId.of(zone.getValue())));
        SessionLocation location = v.attempt(() -> SessionLocation.of(place.getValue(), videoLink.getValue()));
        v.throwIfInvalid();
        return new Plan(slot, from.getValue(), single ? from.getValue() : to.getValue(), location,
                !single && saveDefaults.getValue());
    }
}
