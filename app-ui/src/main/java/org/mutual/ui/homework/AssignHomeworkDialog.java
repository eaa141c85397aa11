package org.mutual.ui.homework;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.mutual.domain.client.ClientId;
import org.mutual.domain.exercise.BuiltInTexts;
import org.mutual.domain.exercise.Exercise;
import org.mutual.domain.exercise.ExerciseService;
import org.mutual.domain.group.GroupId;
import org.mutual.domain.homework.AssignedBatch;
import org.mutual.domain.homework.Homework;
import org.mutual.domain.homework.HomeworkService;
import org.mutual.domain.homework.Resource;
import org.mutual.domain.homework.ResourceId;
import org.mutual.domain.homework.ResourceService;
import org.mutual.domain.membership.MemberView;
import org.mutual.domain.session.SessionId;
import org.mutual.ui.base.Languages;
import org.mutual.ui.base.FormDialog;
import org.mutual.ui.base.LocalizedDatePicker;

/**
 * Assigns homework to the whole group (each active member gets their own) or to one member: from an
 * exercise's homework variant or as free text, with a due date (empty: the day before the next
 * session) and library entries attached.
 */
public class AssignHomeworkDialog extends FormDialog<AssignedBatch> {

    /** Who gets it: {@code member} null means every active member. */
    record Recipient(ClientId member, String name) {
    }

    final ComboBox<Recipient> recipient = new ComboBox<>();
    final ComboBox<Exercise> exercise = new ComboBox<>();
    final TextField title = new TextField();
    final TextArea instructions = new TextArea();
    final DatePicker due = new LocalizedDatePicker();
    final MultiSelectComboBox<Resource> resources = new MultiSelectComboBox<>();

    private final transient HomeworkService homework;
    private final GroupId group;
    private final SessionId session;

    public AssignHomeworkDialog(HomeworkService homework, ExerciseService exercises, ResourceService library,
                                GroupId group, SessionId session, List<MemberView> activeMembers, LocalDate today) {
        super("homework.assign.title", "homework.assign", "homework-assign");
        this.homework = homework;
        this.group = group;
        this.session = session;

        List<Recipient> recipients = new ArrayList<>();
        Recipient everyone = new Recipient(null, getTranslation("homework.assign.whole-group", activeMembers.size()));
        recipients.add(everyone);
        activeMembers.forEach(m -> recipients.add(new Recipient(m.client().id(), m.client().preferredName())));
        recipient.setLabel(getTranslation("homework.assign.recipient"));
        recipient.setId("homework-recipient");
        recipient.setItems(recipients);
        recipient.setItemLabelGenerator(Recipient::name);
        recipient.setValue(everyone);
        recipient.setRequired(true);

        exercise.setLabel(getTranslation("homework.assign.exercise"));
        exercise.setId("homework-exercise");
        exercise.setClearButtonVisible(true);
        exercise.setItemLabelGenerator(e -> BuiltInTexts.in(getLocale(), e).title());
        exercise.setItems(query -> exercises.search(Languages.of(getLocale()), query.getFilter().orElse(null), null, null, null, false,
                        query.getOffset(), query.getLimit()).stream(),
                query -> exercises.count(Languages.of(getLocale()), query.getFilter().orElse(null), null, null, null, false));
        exercise.setHelperText(getTranslation("homework.assign.exercise-help"));
        exercise.addValueChangeListener(e -> {
            Exercise chosen = e.getValue() == null ? null : BuiltInTexts.in(getLocale(), e.getValue());
            if (chosen != null) {
                title.setValue(chosen.title());
                instructions.setValue(chosen.homeworkVariant() == null ? "" : chosen.homeworkVariant());
            }
        });

        title.setLabel(getTranslation("homework.title"));
        title.setId("homework-title");
        title.setMaxLength(Homework.TITLE_MAX);
        title.setRequiredIndicatorVisible(true);
        instructions.setLabel(getTranslation("homework.instructions"));
        instructions.setId("homework-instructions");
        instructions.setMaxLength(Homework.INSTRUCTIONS_MAX);
        instructions.setMinHeight("8em");
        due.setLabel(getTranslation("homework.due"));
        due.setId("homework-due");
        due.setMin(today);
        due.setHelperText(getTranslation("homework.assign.due-help"));

        resources.setLabel(getTranslation("homework.assign.resources"));
        resources.setId("homework-resources-picker");
        resources.setItemLabelGenerator(Resource::title);
        resources.setItems(query -> library.search(query.getFilter().orElse(null), query.getOffset(),
                query.getLimit()).stream(), query -> library.count(query.getFilter().orElse(null)));

        bindError("group", recipient);
        bindError("client", recipient);
        bindError("title", title);
        bindError("instructions", instructions);
        bindError("due", due);
        bindError("resources", resources);

        FormLayout layout = new FormLayout(recipient, exercise, title, instructions, due, resources);
        layout.setColspan(instructions, 2);
        layout.setColspan(resources, 2);
        add(layout);
        setWidth("min(44rem, 100vw)");
    }

    @Override
    protected AssignedBatch build() {
        Recipient to = recipient.getValue();
        Exercise from = exercise.getValue();
        Set<ResourceId> attached = resources.getValue().stream().map(Resource::id).collect(Collectors.toSet());
        if (to == null || to.member() == null) {
            return homework.assignToGroup(group, session, from == null ? null : from.id(), title.getValue(),
                    instructions.getValue(), due.getValue(), attached);
        }
        return homework.assignToMember(group, to.member(), session, from == null ? null : from.id(),
                title.getValue(), instructions.getValue(), due.getValue(), attached);
    }
}
