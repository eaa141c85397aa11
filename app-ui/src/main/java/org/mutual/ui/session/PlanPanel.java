package org.mutual.ui.session;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.mutual.domain.exercise.BuiltInTexts;
import org.mutual.domain.exercise.Exercise;
import org.mutual.domain.exercise.ExerciseService;
import org.mutual.domain.plan.PlanItem;
import org.mutual.domain.plan.PlanService;
import org.mutual.domain.plan.PlanTemplate;
import org.mutual.domain.plan.SessionPlan;
import org.mutual.domain.session.SessionId;
import org.mutual.ui.base.Languages;

/**
 * The session plan: ordered exercises with time boxes against the session's length. Each change
 * is saved at once.
 */
class PlanPanel extends VerticalLayout {

    private final transient PlanService plans;
    private final transient ExerciseService exercises;
    private final SessionId session;

    PlanPanel(PlanService plans, ExerciseService exercises, SessionId session) {
        this.plans = plans;
        this.exercises = exercises;
        this.session = session;
        setId("plan-panel");
        setPadding(false);
        render();
    }

    private void render() {
        removeAll();
        SessionPlan plan = plans.plan(session);
        Paragraph total = new Paragraph(getTranslation("plan.total", plan.totalMinutes(),
                plan.sessionLength().toMinutes()));
        total.setId("plan-total");
        if (plan.overruns()) {
            total.setText(total.getText() + " · " + getTranslation("plan.overrun", plan.overrunMinutes()));
            total.addClassName("plan-overrun");
        }
        add(total);

        List<PlanItem> items = plan.items();
        for (int i = 0; i < items.size(); i++) {
            add(itemRow(items.get(i), i, items.size()));
        }
        if (items.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("plan.empty"));
            empty.setId("plan-empty");
            add(empty);
        }
        add(addRow(), toolsRow(items.isEmpty()));
    }

    private HorizontalLayout itemRow(PlanItem item, int index, int size) {
        Span title = new Span((index + 1) + ". " + BuiltInTexts.title(getLocale(), item.exerciseTitle()));
        title.addClassName("plan-item-title");
        title.setId("plan-item-" + index);
        IntegerField minutes = new IntegerField();
        minutes.setId("plan-minutes-" + index);
        minutes.setAriaLabel(getTranslation("plan.minutes"));
        minutes.setValue(item.minutes());
        minutes.setMin(1);
        minutes.setMax(180);
        minutes.setWidth("6rem");
        minutes.setSuffixComponent(new Span(getTranslation("plan.min")));
        minutes.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                plans.changeMinutes(item.id(), e.getValue());
                render();
            }
        });
        Button up = iconButton(VaadinIcon.ARROW_UP, "plan.up", "plan-up-" + index, () -> plans.moveUp(item.id()));
        up.setEnabled(index > 0);
        Button down = iconButton(VaadinIcon.ARROW_DOWN, "plan.down", "plan-down-" + index,
                () -> plans.moveDown(item.id()));
        down.setEnabled(index < size - 1);
        Button remove = iconButton(VaadinIcon.TRASH, "plan.remove", "plan-remove-" + index,
                () -> plans.remove(item.id()));
        HorizontalLayout row = new HorizontalLayout(title, minutes, up, down, remove);
        row.setDefaultVerticalComponentAlignment(Alignment.CENTER);
        row.addClassName("plan-item");
        return row;
    }

    private Button iconButton(VaadinIcon icon, String labelKey, String id, Runnable action) {
        Button button = new Button(icon.create(), e -> {
            action.run();
            render();
        });
        button.setId(id);
        button.setAriaLabel(getTranslation(labelKey));
        button.setTooltipText(getTranslation(labelKey));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    private HorizontalLayout addRow() {
        ComboBox<Exercise> exercise = new ComboBox<>(getTranslation("plan.add-exercise"));
        exercise.setId("plan-exercise");
        exercise.setItemLabelGenerator(e -> BuiltInTexts.in(getLocale(), e).title());
        exercise.setItems(query -> exercises.search(Languages.of(getLocale()), query.getFilter().orElse(null), null, null, null, false,
                query.getOffset(), query.getLimit()).stream());
        exercise.setWidth("24rem");
        Button add = new Button(getTranslation("plan.add"), e -> {
            if (exercise.getValue() != null) {
                plans.add(session, exercise.getValue().id(), null);
                render();
            }
        });
        add.setId("plan-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout row = new HorizontalLayout(exercise, add);
        row.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        return row;
    }

    private HorizontalLayout toolsRow(boolean empty) {
        Button copy = new Button(getTranslation("plan.copy-previous"), e -> {
            plans.copyPrevious(session);
            Notification.show(getTranslation("plan.copied"));
            render();
        });
        copy.setId("plan-copy-previous");
        copy.setEnabled(empty);

        Select<PlanTemplate> template = new Select<>();
        template.setId("plan-template");
        template.setAriaLabel(getTranslation("plan.apply-template"));
        template.setPlaceholder(getTranslation("plan.apply-template"));
        template.setItems(plans.templates());
        template.setItemLabelGenerator(PlanTemplate::name);
        template.setEnabled(empty);
        template.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                plans.applyTemplate(e.getValue().id(), session);
                render();
            }
        });

        Button save = new Button(getTranslation("plan.save-template"), e -> openSaveTemplate());
        save.setId("plan-save-template");
        save.setEnabled(!empty);
        HorizontalLayout row = new HorizontalLayout(copy, template, save);
        row.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        row.setWrap(true);
        return row;
    }

    private void openSaveTemplate() {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("plan.save-template"));
        TextField name = new TextField(getTranslation("plan.template-name"));
        name.setId("plan-template-name");
        name.setMaxLength(120);
        dialog.add(name);
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("action.save"));
        dialog.addConfirmListener(e -> {
            plans.saveAsTemplate(session, name.getValue());
            Notification.show(getTranslation("plan.template-saved"));
            render();
        });
        dialog.open();
    }
}
