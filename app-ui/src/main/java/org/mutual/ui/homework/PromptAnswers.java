package org.mutual.ui.homework;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.mutual.domain.exercise.BuiltInTexts;
import org.mutual.domain.exercise.FieldType;
import org.mutual.domain.exercise.RecordingField;
import org.mutual.ui.base.FieldErrors;

/**
 * The structured prompts of a homework (the member fields of its exercise) as form fields: a scale
 * as a row of radio buttons, a choice or yes/no as radio buttons, a counter as a number, short text
 * as a text field. Each field's id is {@code homework-answer-<key>}.
 */
public class PromptAnswers extends FormLayout {

    private final Map<String, HasValue<?, ?>> fields = new LinkedHashMap<>();

    public PromptAnswers(List<RecordingField> prompts, Map<String, String> answers, boolean editable) {
        setId("homework-answers");
        setResponsiveSteps(new ResponsiveStep("0", 1));
        for (RecordingField prompt : prompts) {
            HasValue<?, ?> field = field(prompt, answers.get(prompt.key()));
            field.setReadOnly(!editable);
            ((Component) field).setId("homework-answer-" + prompt.key());
            fields.put(prompt.key(), field);
            add((Component) field);
        }
    }

    /** The answers as entered; blank ones are left out. */
    public Map<String, String> answers() {
        Map<String, String> answers = new LinkedHashMap<>();
        fields.forEach((key, field) -> {
            Object value = field.getValue();
            if (value != null && !value.toString().isBlank()) {
                answers.put(key, value.toString());
            }
        });
        return answers;
    }

    /** Names every prompt for the messages of {@link org.mutual.domain.homework.HomeworkAnswers}. */
    public void bindErrors(FieldErrors errors) {
        fields.forEach((key, field) -> errors.bind("answers." + key, (HasValidation) field));
    }

    /** A read-only summary for someone who reads answers, not writes them. */
    public static Component summary(List<RecordingField> prompts, Map<String, String> answers) {
        Div list = new Div();
        list.addClassName("homework-answer-summary");
        for (RecordingField prompt : prompts) {
            String answer = answers.get(prompt.key());
            Div row = new Div(new Span(label(prompt) + ": "),
                    new Span(answer == null ? "—" : display(prompt, answer)));
            row.setId("homework-summary-" + prompt.key());
            list.add(row);
        }
        return list;
    }

    private static String display(RecordingField prompt, String answer) {
        return switch (prompt.type()) {
            case YES_NO -> com.vaadin.flow.i18n.I18NProvider.translate("record." + answer);
            case CHOICE -> BuiltInTexts.choice(locale(), prompt, answer);
            default -> answer;
        };
    }

    /** A built-in exercise's prompt in the reader's language; a therapist's own as written. */
    private static String label(RecordingField prompt) {
        return BuiltInTexts.fields(locale(), List.of(prompt)).getFirst().label();
    }

    private static java.util.Locale locale() {
        com.vaadin.flow.component.UI ui = com.vaadin.flow.component.UI.getCurrent();
        return ui == null ? java.util.Locale.ENGLISH : ui.getLocale();
    }

    private HasValue<?, ?> field(RecordingField prompt, String current) {
        return switch (prompt.type()) {
            case SCALE_0_10 -> scale(prompt, 0, 10, current);
            case SCALE_1_5 -> scale(prompt, 1, 5, current);
            case YES_NO -> choice(prompt, List.of("yes", "no"), current, true);
            case CHOICE -> choice(prompt, prompt.choices(), current, false);
            case COUNTER -> {
                IntegerField counter = new IntegerField(label(prompt));
                counter.setMin(0);
                counter.setMax(FieldType.COUNTER_MAX);
                counter.setStepButtonsVisible(true);
                counter.setValue(current == null ? null : Integer.valueOf(current));
                yield counter;
            }
            case SHORT_TEXT -> {
                TextField text = new TextField(label(prompt));
                text.setMaxLength(FieldType.SHORT_TEXT_MAX);
                text.setValue(current == null ? "" : current);
                text.setWidthFull();
                yield text;
            }
        };
    }

    private RadioButtonGroup<String> scale(RecordingField prompt, int min, int max, String current) {
        RadioButtonGroup<String> scale = new RadioButtonGroup<>(label(prompt));
        scale.setItems(IntStream.rangeClosed(min, max).mapToObj(Integer::toString).toList());
        scale.addClassName("homework-scale");
        setIfPresent(scale, current);
        return scale;
    }

    private RadioButtonGroup<String> choice(RecordingField prompt, List<String> choices, String current,
                                            boolean yesNo) {
        RadioButtonGroup<String> group = new RadioButtonGroup<>(label(prompt));
        group.setItems(choices);
        if (yesNo) {
            group.setItemLabelGenerator(v -> getTranslation("record." + v));
        } else {
            group.setItemLabelGenerator(v -> BuiltInTexts.choice(locale(), prompt, v));
        }
        setIfPresent(group, current);
        return group;
    }

    private static void setIfPresent(AbstractField<?, String> field, String current) {
        if (current != null) {
            field.setValue(current);
        }
    }
}
