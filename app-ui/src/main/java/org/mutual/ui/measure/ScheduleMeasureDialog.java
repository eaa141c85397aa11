package org.mutual.ui.measure;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.mutual.domain.base.Validator;
import org.mutual.domain.client.ClientId;
import org.mutual.domain.group.GroupId;
import org.mutual.domain.measure.Cadence;
import org.mutual.domain.measure.Instrument;
import org.mutual.domain.measure.MeasureService;
import org.mutual.domain.membership.MemberView;
import org.mutual.domain.membership.MembershipStatus;
import org.mutual.ui.base.FormDialog;
import org.mutual.ui.base.LocalizedDatePicker;

/**
 * Schedules a questionnaire for one member or the whole group: once by a due date, or every Nth
 * session. Opened from the group page with the group's members; the service checks membership and
 * the dates again and its messages show next to the fields.
 */
public class ScheduleMeasureDialog extends FormDialog<ScheduleMeasureDialog.Request> {

    /** What the dialog asks the service for; {@code client} null means the whole group. */
    public record Request(Instrument instrument, ClientId client, Cadence cadence) {
    }

    /** A choice in the "for" list. */
    record Recipient(ClientId client, String name) {
    }

    enum Kind { ONCE, EVERY }

    static final int DEFAULT_EVERY = 4;

    final Select<Instrument> instrument = new Select<>();
    final Select<Recipient> recipient = new Select<>();
    final RadioButtonGroup<Kind> kind = new RadioButtonGroup<>();
    final DatePicker due = new LocalizedDatePicker();
    final IntegerField every = new IntegerField();

    /**
     * @param members the group's members as the group page lists them; those active today and not on
     *                hold can be chosen one by one
     */
    public ScheduleMeasureDialog(MeasureService measures, GroupId group, List<MemberView> members, LocalDate today) {
        super("measure.schedule.title", "measure.schedule.submit", "measure-schedule");
        instrument.setLabel(getTranslation("measure.instrument"));
        instrument.setId("measure-schedule-instrument");
        instrument.setItems(Instrument.values());
        instrument.setItemLabelGenerator(i -> getTranslation("measure.instrument." + i.name()));
        instrument.setValue(Instrument.PHQ9);

        Recipient wholeGroup = new Recipient(null, getTranslation("measure.schedule.whole-group"));
        List<Recipient> choices = new ArrayList<>(List.of(wholeGroup));
        members.stream()
                .filter(m -> m.period().covers(today) && m.period().status() != MembershipStatus.ON_HOLD)
                .map(m -> new Recipient(m.client().id(), m.client().preferredName()))
                .distinct()
                .sorted(Comparator.comparing(Recipient::name))
                .forEach(choices::add);
        recipient.setLabel(getTranslation("measure.schedule.recipient"));
        recipient.setId("measure-schedule-recipient");
        recipient.setItems(choices);
        recipient.setItemLabelGenerator(Recipient::name);
        recipient.setValue(wholeGroup);

        kind.setLabel(getTranslation("measure.schedule.cadence"));
        kind.setId("measure-schedule-cadence");
        kind.setItems(Kind.values());
        kind.setItemLabelGenerator(k -> getTranslation("measure.schedule." + k.name()));
        kind.setValue(Kind.EVERY);

        due.setLabel(getTranslation("measure.schedule.due"));
        due.setId("measure-schedule-due");
        due.setMin(today);
        due.setValue(today.plusWeeks(1));

        every.setLabel(getTranslation("measure.schedule.every"));
        every.setId("measure-schedule-every");
        every.setHelperText(getTranslation("measure.schedule.every.help"));
        every.setMin(1);
        every.setMax(Cadence.MAX_EVERY);
        every.setStepButtonsVisible(true);
        every.setValue(DEFAULT_EVERY);

        kind.addValueChangeListener(e -> showCadenceFields());
        showCadenceFields();

        bindError("instrument", instrument);
        bindError("client", recipient);
        bindError("group", recipient);
        bindError("cadence", kind);
        bindError("due", due);
        bindError("every", every);
        add(new FormLayout(instrument, recipient, kind, due, every));

        onSubmit(request -> {
            measures.schedule(group, request.client(), request.instrument(), request.cadence());
            Notification.show(getTranslation("measure.schedule.done")).setId("measure-scheduled");
        });
    }

    private void showCadenceFields() {
        due.setVisible(kind.getValue() == Kind.ONCE);
        every.setVisible(kind.getValue() == Kind.EVERY);
    }

    @Override
    protected Request build() {
        Validator v = new Validator();
        v.require(instrument.getValue() != null, "instrument", "validation.required");
        v.require(recipient.getValue() != null, "client", "validation.required");
        v.require(kind.getValue() != null, "cadence", "validation.required");
        if (kind.getValue() == Kind.ONCE) {
            v.require(due.getValue() != null, "due", "validation.required");
        }
        if (kind.getValue() == Kind.EVERY) {
            v.require(every.getValue() != null, "every", "validation.whole-number");
        }
        v.throwIfInvalid();
        Cadence cadence = kind.getValue() == Kind.ONCE ? new Cadence.Once(due.getValue())
                : new Cadence.EverySessions(every.getValue());
        return new Request(instrument.getValue(), recipient.getValue().client(), cadence);
    }
}
