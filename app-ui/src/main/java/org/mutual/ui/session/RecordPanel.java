package org.mutual.ui.session;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.mutual.domain.client.ClientId;
import org.mutual.domain.exercise.BuiltInTexts;
import org.mutual.domain.exercise.Exercise;
import org.mutual.domain.exercise.FieldType;
import org.mutual.domain.exercise.RecordingField;
import org.mutual.domain.exercise.RecordingScope;
import org.mutual.domain.plan.PlanItemId;
import org.mutual.domain.record.Disclosure;
import org.mutual.domain.record.ExerciseRecord;
import org.mutual.domain.record.GiveAndTake;
import org.mutual.domain.record.RecordService;
import org.mutual.domain.record.SessionRecords;
import org.mutual.domain.record.Subject;
import org.mutual.domain.record.Turn;
import org.mutual.domain.session.Session;
import org.mutual.ui.base.AccessibleTabs;

/**
 * Live recording: for the planned exercise being run (a tab per exercise) a panel built from its
 * recording fields, for the members present. Every tap is saved at once; there is no Save to forget.
 * A tap on a counter or a choice saves that one value and redraws only what shows it; turns, a new
 * pair, an observation and another exercise redraw the panel from a fresh read.
 */
class RecordPanel extends VerticalLayout {

    private final transient RecordService records;
    private final Session session;
    private final Map<ClientId, String> names;
    /** The values on screen by item, subject and field, kept current by the taps of this page. */
    private final Map<String, String> shown = new HashMap<>();
    /** Redraws a give-and-take item's balance from {@link #shown} after a counter tap. */
    private final Map<PlanItemId, Runnable> balances = new HashMap<>();
    /** The pair chosen per give-and-take item, kept while the page is open. */
    private final Map<PlanItemId, ClientId[]> chosenPairs = new HashMap<>();
    /** The tap buttons on screen, by id, so focus can return to the one just tapped after a re-render. */
    private final Map<String, Button> taps = new HashMap<>();
    /** The planned exercise being run, whose panel is shown (the first until another is chosen). */
    private PlanItemId selected;
    /**
     * The plan's exercises, one tab each. It stays on the page while the panel below is redrawn, so the
     * keyboard focus stays on it and a click on it is not lost to a redraw.
     */
    private final Tabs exercises = new AccessibleTabs();
    /** Each tab's plan item, in plan order. */
    private final Map<Tab, PlanItemId> tabItems = new LinkedHashMap<>();
    private boolean changingTabs;
    /** The panel of the exercise being run. */
    private final VerticalLayout current = new VerticalLayout();

    RecordPanel(RecordService records, Session session, Map<ClientId, String> names) {
        this.records = records;
        this.session = session;
        this.names = names;
        setId("record-panel");
        setPadding(false);
        exercises.setId("record-exercises");
        exercises.getElement().setAttribute("aria-label", getTranslation("record.exercises"));
        exercises.addSelectedChangeListener(e -> {
            PlanItemId chosen = tabItems.get(e.getSelectedTab());
            if (!changingTabs && chosen != null && !chosen.equals(selected)) {
                selected = chosen;
                render();
            }
        });
        current.setPadding(false);
        add(exercises, current);
        render();
    }

    /** The exercise whose panel is being built, for the labels of its stored choices. */
    private transient Exercise choiceOwner;

    private void render() {
        current.removeAll();
        taps.clear();
        shown.clear();
        balances.clear();
        SessionRecords all = records.read(session);
        List<ExerciseRecord> planned = all.records();
        if (planned.isEmpty()) {
            exercises.setVisible(false);
            Paragraph empty = new Paragraph(getTranslation("record.no-plan"));
            empty.setId("record-empty");
            current.add(empty);
            return;
        }
        ExerciseRecord running = planned.stream().filter(r -> r.planItem().id().equals(selected)).findFirst()
                .orElse(planned.getFirst());
        selected = running.planItem().id();
        showTabs(planned);
        running.values().forEach(v -> shown.put(shownKey(selected, v.subject(), v.fieldKey()), v.value()));
        current.add(exercisePanel(running, all.exercises().get(running.planItem().exercise()), all.present()));
    }

    /**
     * One tab per planned exercise (shown when there are two or more); only the one being run is built.
     * A session of five exercises for ten members would otherwise hold several hundred buttons in every
     * open page. The tabs are rebuilt only when the plan changed.
     */
    private void showTabs(List<ExerciseRecord> planned) {
        changingTabs = true;
        try {
            List<PlanItemId> ids = planned.stream().map(r -> r.planItem().id()).toList();
            if (!ids.equals(List.copyOf(tabItems.values()))) {
                exercises.removeAll();
                tabItems.clear();
                for (int i = 0; i < planned.size(); i++) {
                    ExerciseRecord record = planned.get(i);
                    // Numbered as on the Plan tab, so two items of one exercise are told apart.
                    Tab tab = new Tab((i + 1) + ". " + BuiltInTexts.title(getLocale(), record.planItem().exerciseTitle()));
                    tab.setId("record-tab-" + record.planItem().id());
                    tab.getElement().setAttribute("aria-controls", "record-" + record.planItem().id());
                    tabItems.put(tab, record.planItem().id());
                    exercises.add(tab);
                }
            }
            tabItems.forEach((tab, item) -> {
                if (item.equals(selected)) {
                    exercises.setSelectedTab(tab);
                }
            });
            exercises.setVisible(ids.size() > 1);
        } finally {
            changingTabs = false;
        }
    }

    private Component exercisePanel(ExerciseRecord record, Exercise stored, List<ClientId> present) {
        // Built-in exercises speak the reader's language; stored values (keys, choices) stay as they are.
        Exercise exercise = BuiltInTexts.in(getLocale(), stored);
        choiceOwner = stored;
        VerticalLayout panel = new VerticalLayout();
        panel.addClassName("record-exercise");
        PlanItemId item = record.planItem().id();
        panel.setId("record-" + item);
        panel.getElement().setAttribute("role", "tabpanel");
        panel.getElement().setAttribute("aria-labelledby", "record-tab-" + item);
        panel.add(new H3(BuiltInTexts.title(getLocale(), record.planItem().exerciseTitle())));
        List<RecordingField> pairFields = exercise.fields().stream().filter(f -> f.scope() == RecordingScope.PAIR).toList();
        List<RecordingField> memberFields = exercise.fields().stream()
                .filter(f -> f.scope() == RecordingScope.MEMBER).toList();
        if (!pairFields.isEmpty()) {
            panel.add(pairSection(record, pairFields, present));
        }
        exercise.turnField().ifPresent(field -> panel.add(turnSection(record, field, present)));
        for (ClientId member : present) {
            if (!memberFields.isEmpty()) {
                panel.add(memberRow(record, memberFields, member));
            }
        }
        panel.add(observation(record));
        return panel;
    }

    private Component pairSection(ExerciseRecord record, List<RecordingField> fields, List<ClientId> present) {
        PlanItemId item = record.planItem().id();
        VerticalLayout section = new VerticalLayout();
        section.setPadding(false);
        if (present.size() < 2) {
            section.add(new Paragraph(getTranslation("record.pair.need-two")));
            return section;
        }
        ClientId[] pair = chosenPairs.computeIfAbsent(item, k -> firstRecordedPair(record, present));
        Select<ClientId> a = memberSelect("pair-a-" + item, present, pair[0]);
        Select<ClientId> b = memberSelect("pair-b-" + item, present, pair[1]);
        a.addValueChangeListener(e -> choosePair(item, e.getValue(), b.getValue()));
        b.addValueChangeListener(e -> choosePair(item, a.getValue(), e.getValue()));
        HorizontalLayout pickers = new HorizontalLayout(new Span(getTranslation("record.pair")), a, b);
        pickers.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        section.add(pickers);

        Subject.Pair subject = (Subject.Pair) Subject.pair(pair[0], pair[1]);
        String key = subject.key();
        FlexLayout counters = new FlexLayout();
        counters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        counters.addClassName("record-counters");
        for (RecordingField field : fields) {
            String label = switch (field.key()) {
                case "turns_a" -> getTranslation("record.turns-of", names.get(subject.a()));
                case "turns_b" -> getTranslation("record.turns-of", names.get(subject.b()));
                default -> field.label();
            };
            counters.add(fieldControl(record, key, field, label));
        }
        section.add(counters);
        if (fields.stream().anyMatch(f -> f.key().equals("turns_a"))) {
            Paragraph balance = new Paragraph();
            balance.setId("balance-" + item);
            Runnable redraw = () -> {
                int ta = Integer.parseInt(shown.getOrDefault(shownKey(item, key, "turns_a"), "0"));
                int tb = Integer.parseInt(shown.getOrDefault(shownKey(item, key, "turns_b"), "0"));
                balance.setText(getTranslation("record.balance", String.format(getLocale(), "%.2f",
                        GiveAndTake.balance(ta, tb)), Math.min(ta, tb), Math.max(ta, tb)));
            };
            redraw.run();
            balances.put(item, redraw);
            section.add(balance);
        }
        return section;
    }

    private ClientId[] firstRecordedPair(ExerciseRecord record, List<ClientId> present) {
        return record.values().stream().map(v -> v.subject()).filter(s -> s.startsWith("pair:")).findFirst()
                .map(s -> (Subject.Pair) Subject.parse(s))
                .filter(p -> present.contains(p.a()) && present.contains(p.b()))
                .map(p -> new ClientId[] {p.a(), p.b()})
                .orElse(new ClientId[] {present.get(0), present.get(1)});
    }

    private void choosePair(PlanItemId item, ClientId a, ClientId b) {
        if (a != null && b != null && !a.equals(b)) {
            chosenPairs.put(item, new ClientId[] {a, b});
            render();
        }
    }

    private Select<ClientId> memberSelect(String id, List<ClientId> present, ClientId value) {
        Select<ClientId> select = new Select<>();
        select.setId(id);
        select.setAriaLabel(getTranslation("record.pair"));
        select.setItems(present);
        select.setItemLabelGenerator(names::get);
        select.setValue(value);
        return select;
    }

    private Component turnSection(ExerciseRecord record, RecordingField field, List<ClientId> present) {
        PlanItemId item = record.planItem().id();
        VerticalLayout section = new VerticalLayout();
        section.setPadding(false);
        int low = field.type() == FieldType.SCALE_1_5 ? 1 : 0;
        int high = field.type() == FieldType.SCALE_1_5 ? 5 : 10;
        for (ClientId member : present) {
            HorizontalLayout row = new HorizontalLayout(name(member));
            row.addClassName("record-row");
            row.setDefaultVerticalComponentAlignment(Alignment.CENTER);
            for (int level = low; level <= high; level++) {
                int chosen = level;
                Button tap = redrawingTap(String.valueOf(level), "turn-" + item + "-" + member + "-" + level, () ->
                        records.addTurn(item, member, chosen));
                tap.setAriaLabel(getTranslation("record.turn-depth", names.get(member), level));
                row.add(tap);
            }
            section.add(row);
        }
        List<Turn> turns = record.turns(field.key());
        List<Integer> mismatches = Disclosure.mismatches(turns);
        VerticalLayout list = new VerticalLayout();
        list.setPadding(false);
        list.setSpacing(false);
        list.setId("turns-" + item);
        for (int i = 0; i < turns.size(); i++) {
            Turn t = turns.get(i);
            Span line = new Span(getTranslation("record.turn", t.number(), names.getOrDefault(t.member(), "?"),
                    t.depth()));
            if (mismatches.contains(i)) {
                line.addClassName("record-mismatch");
                line.setText(line.getText() + " · " + getTranslation("record.mismatch"));
            }
            list.add(line);
        }
        section.add(list);
        if (!turns.isEmpty()) {
            Button undo = new Button(getTranslation("record.undo-turn"), e -> {
                records.removeLastTurn(item);
                render();
            });
            undo.setId("undo-turn-" + item);
            undo.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            section.add(undo);
        }
        return section;
    }

    private Component memberRow(ExerciseRecord record, List<RecordingField> fields, ClientId member) {
        String subject = Subject.member(member).key();
        FlexLayout row = new FlexLayout(name(member));
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        row.addClassName("record-row");
        for (RecordingField field : fields) {
            row.add(fieldControl(record, subject, field, field.label()));
        }
        return row;
    }

    /** The control for one field of one subject: counters, toggles, choice and scale buttons, or text. */
    private Component fieldControl(ExerciseRecord record, String subject, RecordingField field, String label) {
        PlanItemId item = record.planItem().id();
        String base = "field-" + item + "-" + subject.replace(':', '_') + "-" + field.key();
        Optional<String> current = record.value(subject, field.key());
        HorizontalLayout control = new HorizontalLayout(new Span(label));
        control.addClassName("record-field");
        control.setDefaultVerticalComponentAlignment(Alignment.CENTER);
        switch (field.type()) {
            case COUNTER -> {
                Span value = new Span(current.orElse("0"));
                value.setId(base + "-value");
                value.addClassName("record-count");
                Button less = tapButton("−", base + "-minus", false, () -> count(item, subject, field, -1, value));
                less.setAriaLabel(getTranslation("record.count-less", label));
                Button more = tapButton("+", base + "-plus", false, () -> count(item, subject, field, 1, value));
                more.setAriaLabel(getTranslation("record.count-more", label));
                control.add(less, value, more);
            }
            case YES_NO -> {
                List<Button> answers = new ArrayList<>();
                for (String answer : List.of("yes", "no")) {
                    answers.add(choiceTap(getTranslation("record." + answer), base + "-" + answer, current, answer,
                            item, subject, field, answers));
                }
                answers.forEach(control::add);
            }
            case CHOICE -> {
                List<Button> choices = new ArrayList<>();
                for (int i = 0; i < field.choices().size(); i++) {
                    String choice = field.choices().get(i);
                    choices.add(choiceTap(BuiltInTexts.choice(getLocale(), choiceOwner, field.key(), choice),
                            base + "-" + i, current, choice, item, subject, field, choices));
                }
                choices.forEach(control::add);
            }
            case SCALE_0_10, SCALE_1_5 -> {
                int low = field.type() == FieldType.SCALE_1_5 ? 1 : 0;
                int high = field.type() == FieldType.SCALE_1_5 ? 5 : 10;
                List<Button> levels = new ArrayList<>();
                for (int level = low; level <= high; level++) {
                    String v = String.valueOf(level);
                    levels.add(choiceTap(v, base + "-" + level, current, v, item, subject, field, levels));
                }
                levels.forEach(control::add);
            }
            case SHORT_TEXT -> {
                TextField text = new TextField();
                text.setId(base);
                text.setAriaLabel(label);
                text.setMaxLength(200);
                text.setValue(current.orElse(""));
                text.setValueChangeMode(ValueChangeMode.ON_CHANGE);
                text.addValueChangeListener(e -> {
                    if (e.isFromClient()) {
                        records.setValue(item, subject, field.key(), e.getValue());
                    }
                });
                control.add(text);
            }
        }
        return control;
    }

    /** A counter tap: saves the step and shows the counter's stored value, without redrawing the panel. */
    private void count(PlanItemId item, String subject, RecordingField field, int delta, Span value) {
        int now = records.increment(item, subject, field.key(), delta);
        value.setText(String.valueOf(now));
        shown.put(shownKey(item, subject, field.key()), String.valueOf(now));
        Optional.ofNullable(balances.get(item)).ifPresent(Runnable::run);
    }

    /** One of a field's choices: a tap saves it and moves the selection to it, without redrawing the panel. */
    private Button choiceTap(String text, String id, Optional<String> current, String value, PlanItemId item,
                             String subject, RecordingField field, List<Button> group) {
        Button[] self = new Button[1];
        self[0] = tapButton(text, id, current.filter(value::equals).isPresent(), () -> {
            records.setValue(item, subject, field.key(), value);
            shown.put(shownKey(item, subject, field.key()), value);
            group.forEach(b -> pressed(b, b == self[0]));
        });
        return self[0];
    }

    /** A tap that changes more than one value on screen (a turn): saves, then redraws the panel. */
    private Button redrawingTap(String text, String id, Runnable action) {
        return tapButton(text, id, false, () -> {
            action.run();
            render();
            // The panel was rebuilt: keep the keyboard on the same button.
            Optional.ofNullable(taps.get(id)).ifPresent(Button::focus);
        });
    }

    private Button tapButton(String text, String id, boolean selected, Runnable action) {
        Button button = new Button(text, e -> action.run());
        taps.put(id, button);
        button.setId(id);
        button.addClassName("record-tap");
        pressed(button, selected);
        return button;
    }

    private static void pressed(Button button, boolean selected) {
        button.getElement().setAttribute("aria-pressed", String.valueOf(selected));
        if (selected) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        } else {
            button.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
    }

    private static String shownKey(PlanItemId item, String subject, String fieldKey) {
        return item + "|" + subject + "|" + fieldKey;
    }

    private Component observation(ExerciseRecord record) {
        TextArea observation = new TextArea(getTranslation("record.observation"));
        observation.setId("observation-" + record.planItem().id());
        observation.setMaxLength(2000);
        observation.setWidthFull();
        observation.setValue(record.observation() == null ? "" : record.observation());
        observation.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        observation.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                records.setObservation(record.planItem().id(), e.getValue(), record.version());
                render();
            }
        });
        return observation;
    }

    private Span name(ClientId member) {
        Span name = new Span(names.getOrDefault(member, "?"));
        name.addClassName("record-name");
        return name;
    }
}
