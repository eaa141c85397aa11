package org.mutual.ui.exercise;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.mutual.domain.base.BarrierPattern;
import org.mutual.domain.base.Validator;
import org.mutual.domain.exercise.ExerciseDraft;
import org.mutual.domain.exercise.FieldType;
import org.mutual.domain.exercise.RecordingField;
import org.mutual.domain.exercise.RecordingScope;
import org.mutual.ui.base.FormDialog;

/** A therapist's own exercise with its recording fields (one value per member present). */
public class ExerciseForm extends FormDialog<ExerciseDraft> {

    final TextField title = new TextField();
    final TextArea goal = new TextArea();
    final TextArea steps = new TextArea();
    final TextArea prompts = new TextArea();
    final IntegerField minutes = new IntegerField();
    final TextArea homework = new TextArea();
    final CheckboxGroup<BarrierPattern> helps = new CheckboxGroup<>();
    private final VerticalLayout fieldRows = new VerticalLayout();
    private final List<FieldRow> rows = new ArrayList<>();

    /** One recording field being defined. */
    private final class FieldRow extends HorizontalLayout {
        final TextField label = new TextField(getTranslation("exercise.field-label"));
        final Select<FieldType> type = new Select<>();
        final TextField choices = new TextField(getTranslation("exercise.field-choices"));

        FieldRow(int index) {
            label.setId("field-label-" + index);
            label.setMaxLength(80);
            type.setId("field-type-" + index);
            type.setLabel(getTranslation("exercise.field-type"));
            type.setItems(FieldType.values());
            type.setItemLabelGenerator(t -> getTranslation("field.type." + t.name()));
            type.setValue(FieldType.YES_NO);
            choices.setId("field-choices-" + index);
            choices.setVisible(false);
            type.addValueChangeListener(e -> choices.setVisible(e.getValue() == FieldType.CHOICE));
            add(label, type, choices);
            setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        }

        RecordingField build() {
            List<String> options = type.getValue() == FieldType.CHOICE
                    ? Arrays.stream(choices.getValue().split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList()
                    : List.of();
            return RecordingField.of(keyOf(label.getValue()), label.getValue(), type.getValue(), options,
                    RecordingScope.MEMBER);
        }
    }

    public ExerciseForm() {
        super("exercise.new", "action.save", "exercise");
        title.setLabel(getTranslation("exercise.title"));
        title.setId("exercise-title");
        goal.setLabel(getTranslation("exercise.goal"));
        goal.setId("exercise-goal");
        steps.setLabel(getTranslation("exercise.steps"));
        steps.setId("exercise-steps");
        prompts.setLabel(getTranslation("exercise.prompts"));
        prompts.setId("exercise-prompts");
        minutes.setLabel(getTranslation("exercise.minutes"));
        minutes.setId("exercise-minutes");
        minutes.setValue(15);
        minutes.setMin(5);
        minutes.setMax(180);
        homework.setLabel(getTranslation("exercise.homework"));
        homework.setId("exercise-homework");
        helps.setLabel(getTranslation("exercises.pattern"));
        helps.setItems(BarrierPattern.values());
        helps.setItemLabelGenerator(p -> getTranslation("pattern." + p.name()));
        bindError("title", title);
        bindError("goal", goal);
        bindError("steps", steps);
        bindError("prompts", prompts);
        bindError("suggestedMinutes", minutes);
        bindError("homeworkVariant", homework);
        bindError("helps", helps);

        fieldRows.setPadding(false);
        Button addField = new Button(getTranslation("exercise.add-field"), e -> addRow());
        addField.setId("exercise-add-field");
        addRow();
        FormLayout layout = new FormLayout(title, minutes, goal, steps, prompts, homework, helps);
        layout.setColspan(helps, 2);
        add(layout, new H4(getTranslation("exercise.fields")), fieldRows, addField);
        setWidth("min(56rem, 95vw)");
    }

    private void addRow() {
        FieldRow row = new FieldRow(rows.size());
        rows.add(row);
        fieldRows.add(row);
    }

    @Override
    protected ExerciseDraft build() {
        Validator v = new Validator();
        List<RecordingField> fields = new ArrayList<>();
        for (FieldRow row : rows) {
            if (!row.label.getValue().isBlank()) {
                RecordingField field = v.attempt(row::build);
                if (field != null) {
                    fields.add(field);
                }
            }
        }
        ExerciseDraft draft = v.attempt(() -> ExerciseDraft.of(null, title.getValue(), goal.getValue(), steps.getValue(),
                prompts.getValue(), minutes.getValue(), homework.getValue(), helps.getValue(), fields));
        v.throwIfInvalid();
        return draft;
    }

    /** A stable field key from its label: "Asked for help?" becomes "asked_for_help". */
    static String keyOf(String label) {
        String ascii = Normalizer.normalize(label == null ? "" : label, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String key = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "_").replaceAll("^_+|_+$", "");
        return key.length() > 40 ? key.substring(0, 40) : key;
    }
}
