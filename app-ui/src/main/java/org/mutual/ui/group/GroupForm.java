package org.mutual.ui.group;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.shared.Registration;
import org.mutual.domain.base.ValidationException;
import org.mutual.domain.group.GroupDraft;
import org.mutual.ui.base.FieldErrors;

/**
 * The "new group" dialog. The domain's {@link GroupDraft} holds the rules; this form shows its
 * messages next to the fields and only fires {@link SaveEvent} with a valid draft.
 */
public class GroupForm extends Dialog {

    /** The form's buffered values. */
    static final class Values {
        String name = "";
        String focus = "";
        String description = "";
        Integer capacity = 8;
    }

    final TextField name = new TextField();
    final TextField focus = new TextField();
    final TextArea description = new TextArea();
    final IntegerField capacity = new IntegerField();
    private final Binder<Values> binder = new Binder<>();
    private final FieldErrors errors = new FieldErrors();
    private final Values values = new Values();

    public GroupForm() {
        this(null);
    }

    /** Edits an existing group's details when {@code existing} is given, else creates a new one. */
    public GroupForm(GroupDraft existing) {
        setHeaderTitle(getTranslation(existing == null ? "group.new" : "group.edit"));
        if (existing != null) {
            values.name = existing.name();
            values.focus = existing.focus();
            values.description = existing.description() == null ? "" : existing.description();
            values.capacity = existing.capacity();
        }
        setId("group-form");

        name.setLabel(getTranslation("group.name"));
        name.setId("group-name");
        name.setMaxLength(GroupDraft.NAME_MAX);
        name.setRequiredIndicatorVisible(true);
        focus.setLabel(getTranslation("group.focus"));
        focus.setId("group-focus");
        focus.setMaxLength(GroupDraft.FOCUS_MAX);
        focus.setRequiredIndicatorVisible(true);
        focus.setPlaceholder(getTranslation("group.focus.placeholder"));
        description.setLabel(getTranslation("group.description"));
        description.setId("group-description");
        description.setMaxLength(GroupDraft.DESCRIPTION_MAX);
        capacity.setLabel(getTranslation("group.capacity"));
        capacity.setId("group-capacity");
        capacity.setMin(GroupDraft.MIN_CAPACITY);
        capacity.setMax(GroupDraft.MAX_CAPACITY);
        capacity.setStepButtonsVisible(true);
        capacity.setHelperText(getTranslation("group.capacity.help"));
        capacity.setRequiredIndicatorVisible(true);
        capacity.setI18n(new IntegerField.IntegerFieldI18n()
                .setRequiredErrorMessage(getTranslation("validation.required"))
                .setBadInputErrorMessage(getTranslation("validation.whole-number"))
                .setMinErrorMessage(getTranslation("validation.range", GroupDraft.MIN_CAPACITY, GroupDraft.MAX_CAPACITY))
                .setMaxErrorMessage(getTranslation("validation.range", GroupDraft.MIN_CAPACITY, GroupDraft.MAX_CAPACITY)));

        binder.forField(name).bind(v -> v.name, (v, x) -> v.name = x);
        binder.forField(focus).bind(v -> v.focus, (v, x) -> v.focus = x);
        binder.forField(description).bind(v -> v.description, (v, x) -> v.description = x);
        binder.forField(capacity).bind(v -> v.capacity, (v, x) -> v.capacity = x);
        binder.readBean(values);
        errors.bind("name", name).bind("focus", focus).bind("description", description).bind("capacity", capacity);

        FormLayout layout = new FormLayout(name, focus, capacity, description);
        layout.setColspan(description, 2);
        add(layout);

        Button save = new Button(getTranslation("action.save"), e -> save());
        save.setId("group-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setDisableOnClick(true);
        save.addClickListener(e -> save.setEnabled(true));
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        cancel.setId("group-cancel");
        getFooter().add(cancel, save);
    }

    private void save() {
        binder.writeBeanAsDraft(values, true);
        try {
            GroupDraft draft = GroupDraft.of(values.name, values.focus, values.description, values.capacity);
            errors.clear();
            fireEvent(new SaveEvent(this, draft));
        } catch (ValidationException failure) {
            errors.show(failure, this);
        }
    }

    /** Shows a failure the service found (the same rules, checked again on the server side). */
    public void showErrors(ValidationException failure) {
        errors.show(failure, this);
    }

    public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    /** A valid draft, ready to be created. */
    public static final class SaveEvent extends ComponentEvent<GroupForm> {
        private final GroupDraft draft;

        SaveEvent(GroupForm source, GroupDraft draft) {
            super(source, false);
            this.draft = draft;
        }

        public GroupDraft draft() {
            return draft;
        }
    }
}
