package org.mutual.ui.base;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.function.Consumer;
import org.mutual.domain.base.ValidationException;

/**
 * A dialog that turns its fields into a validated value and hands it to whoever opened it. A
 * {@link ValidationException} from building the value or from the handler is shown next to the
 * fields it names and the dialog stays open; on success it closes. Other failures go to the
 * application's error handler.
 *
 * @param <T> what the dialog produces
 */
public abstract class FormDialog<T> extends Dialog {

    private final FieldErrors errors = new FieldErrors();
    private final Button submit;
    private Consumer<T> handler = value -> { };

    /** Title and button texts are translation keys. */
    protected FormDialog(String titleKey, String submitKey, String idPrefix) {
        setHeaderTitle(getTranslation(titleKey));
        setId(idPrefix + "-dialog");
        setCloseOnOutsideClick(false);
        submit = new Button(getTranslation(submitKey), e -> submit());
        submit.setId(idPrefix + "-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        cancel.setId(idPrefix + "-cancel");
        getFooter().add(cancel, submit);
    }

    /** Builds the value from the fields; throws {@link ValidationException} naming bound fields. */
    protected abstract T build();

    protected void bindError(String field, HasValidation component) {
        errors.bind(field, component);
    }

    /** For a dialog that only shows a record in some states: no submit button then. */
    protected void setSubmitVisible(boolean visible) {
        submit.setVisible(visible);
    }

    /** Closes the dialog after an action of its own (not the submit button) changed something. */
    protected void closeAsSubmitted() {
        errors.clear();
        close();
        fireEvent(new SubmittedEvent(this));
    }

    public FormDialog<T> onSubmit(Consumer<T> handler) {
        this.handler = handler;
        return this;
    }

    /** Called after a successful submit, when the dialog has closed. */
    public com.vaadin.flow.shared.Registration addSubmittedListener(
            com.vaadin.flow.component.ComponentEventListener<SubmittedEvent> listener) {
        return addListener(SubmittedEvent.class, listener);
    }

    private void submit() {
        try {
            T value = build();
            handler.accept(value);
            errors.clear();
            close();
            fireEvent(new SubmittedEvent(this));
        } catch (ValidationException failure) {
            errors.show(failure, this);
        }
    }

    /** Fired after a successful submit. */
    public static final class SubmittedEvent extends ComponentEvent<FormDialog<?>> {
        SubmittedEvent(FormDialog<?> source) {
            super(source, false);
        }
    }
}
