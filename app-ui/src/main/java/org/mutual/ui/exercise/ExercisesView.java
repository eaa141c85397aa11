package org.mutual.ui.exercise;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.stream.Collectors;
import org.mutual.domain.base.BarrierPattern;
import org.mutual.domain.exercise.BuiltInTexts;
import org.mutual.domain.exercise.Exercise;
import org.mutual.domain.exercise.ExerciseService;
import org.mutual.domain.exercise.Practice;
import org.mutual.domain.exercise.RecordingField;
import org.mutual.domain.user.Roles;
import org.mutual.ui.base.Languages;

/**
 * {@code /exercises}: the eight built-in practices and the therapist's own exercises, filtered by
 * practice, barrier pattern and duration. Built-in exercises are duplicated to be adapted.
 */
@Route("exercises")
@RolesAllowed(Roles.THERAPIST)
public class ExercisesView extends VerticalLayout implements HasDynamicTitle {

    private final transient ExerciseService exercises;
    final Grid<Exercise> grid = new Grid<>();
    final TextField search = new TextField();
    final Select<Practice> practice = new Select<>();
    final Select<BarrierPattern> pattern = new Select<>();
    final IntegerField maxMinutes = new IntegerField();
    final Checkbox archived = new Checkbox();
    private final VerticalLayout details = new VerticalLayout();

    public ExercisesView(ExerciseService exercises) {
        this.exercises = exercises;
        setId("exercises");
        setSizeFull();

        search.setId("exercise-search");
        search.setPlaceholder(getTranslation("exercises.search"));
        search.setAriaLabel(getTranslation("exercises.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        practice.setId("exercise-practice");
        practice.setLabel(getTranslation("exercises.practice"));
        practice.setEmptySelectionAllowed(true);
        practice.setItems(Practice.values());
        practice.setItemLabelGenerator(p -> p == null ? "" : getTranslation("practice." + p.name()));
        pattern.setId("exercise-pattern");
        pattern.setLabel(getTranslation("exercises.pattern"));
        pattern.setEmptySelectionAllowed(true);
        pattern.setItems(BarrierPattern.values());
        pattern.setItemLabelGenerator(p -> p == null ? "" : getTranslation("pattern." + p.name()));
        maxMinutes.setId("exercise-max-minutes");
        maxMinutes.setLabel(getTranslation("exercises.max-minutes"));
        maxMinutes.setMin(5);
        maxMinutes.setMax(180);
        maxMinutes.setClearButtonVisible(true);
        archived.setId("exercise-archived");
        archived.setLabel(getTranslation("exercises.archived"));
        search.addValueChangeListener(e -> refresh());
        practice.addValueChangeListener(e -> refresh());
        pattern.addValueChangeListener(e -> refresh());
        maxMinutes.addValueChangeListener(e -> refresh());
        archived.addValueChangeListener(e -> refresh());

        Button create = new Button(getTranslation("exercise.new"), VaadinIcon.PLUS.create(), e -> openForm());
        create.setId("new-exercise");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout filters = new HorizontalLayout(search, practice, pattern, maxMinutes, archived, create);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        grid.setId("exercise-grid");
        grid.addColumn(e -> BuiltInTexts.in(getLocale(), e).title()).setHeader(getTranslation("exercise.title")).setFlexGrow(3);
        grid.addColumn(e -> e.practice() == null ? "" : getTranslation("practice." + e.practice().name()))
                .setHeader(getTranslation("exercises.practice")).setFlexGrow(2);
        grid.addColumn(Exercise::suggestedMinutes).setHeader(getTranslation("exercise.minutes")).setAutoWidth(true);
        grid.addColumn(e -> getTranslation(e.builtIn() ? "exercise.kind.built-in" : "exercise.kind.custom"))
                .setHeader(getTranslation("exercise.kind")).setAutoWidth(true);
        grid.setItems(q -> exercises.search(Languages.of(getLocale()), text(), practice.getValue(), pattern.getValue(), maxMinutes.getValue(),
                archived.getValue(), q.getOffset(), q.getLimit()).stream(),
                q -> exercises.count(Languages.of(getLocale()), text(), practice.getValue(), pattern.getValue(), maxMinutes.getValue(),
                        archived.getValue()));
        grid.setEmptyStateText(getTranslation("exercises.empty"));
        grid.asSingleSelect().addValueChangeListener(e -> showDetails(e.getValue()));

        details.setId("exercise-details");
        SplitLayout split = new SplitLayout(grid, details);
        split.setSizeFull();
        split.setSplitterPosition(55);
        add(new H2(getTranslation("exercises.title")), filters, split);
        setFlexGrow(1, split);
    }

    private String text() {
        return search.getValue().isBlank() ? null : search.getValue();
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    private void showDetails(Exercise exercise) {
        details.removeAll();
        if (exercise == null) {
            return;
        }
        Exercise shown = BuiltInTexts.in(getLocale(), exercise);
        H3 title = new H3(shown.title());
        title.setId("exercise-detail-title");
        details.add(title);
        details.add(section("exercise.goal", shown.goal()), section("exercise.steps", shown.steps()),
                section("exercise.prompts", shown.prompts()), section("exercise.homework", shown.homeworkVariant()));
        details.add(new H4(getTranslation("exercises.pattern")), new Paragraph(exercise.helps().stream()
                .map(p -> getTranslation("pattern." + p.name())).sorted().collect(Collectors.joining(", "))));
        details.add(new H4(getTranslation("exercise.fields")), new Paragraph(shown.fields().stream()
                .map(f -> describe(shown, f)).collect(Collectors.joining(" · "))));
        Button duplicate = new Button(getTranslation("exercise.duplicate"), e -> {
            exercises.duplicate(exercise.id());
            Notification.show(getTranslation("exercise.duplicated"));
            refresh();
        });
        duplicate.setId("exercise-duplicate");
        HorizontalLayout actions = new HorizontalLayout(duplicate);
        if (!exercise.builtIn() && !exercise.archived()) {
            Button archive = new Button(getTranslation("exercise.archive"), e -> {
                exercises.archive(exercise.id(), exercise.version());
                Notification.show(getTranslation("exercise.archived-done"));
                details.removeAll();
                refresh();
            });
            archive.setId("exercise-archive");
            archive.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(archive);
        }
        details.add(actions);
    }

    private String describe(Exercise exercise, RecordingField field) {
        String type = getTranslation("field.type." + field.type().name());
        List<String> choices = field.choices().stream()
                .map(c -> BuiltInTexts.choice(getLocale(), exercise, field.key(), c)).toList();
        return field.label() + " (" + type + (choices.isEmpty() ? "" : ": " + String.join(", ", choices)) + ")";
    }

    private Component section(String key, String text) {
        VerticalLayout section = new VerticalLayout(new H4(getTranslation(key)));
        section.setPadding(false);
        section.setSpacing(false);
        Pre body = new Pre(text == null ? "" : text);
        body.addClassName("exercise-text");
        section.add(body);
        return section;
    }

    private void openForm() {
        ExerciseForm form = new ExerciseForm();
        form.onSubmit(draft -> exercises.create(draft));
        form.addSubmittedListener(e -> refresh());
        form.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.exercises");
    }
}
