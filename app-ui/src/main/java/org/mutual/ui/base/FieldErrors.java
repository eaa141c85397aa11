package org.mutual.ui.base;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import java.util.LinkedHashMap;
import java.util.Map;
import org.mutual.domain.base.ValidationException;

/** Shows a domain validation failure next to the fields it names. */
public final class FieldErrors {

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    public FieldErrors bind(String field, HasValidation component) {
        fields.put(field, component);
        return this;
    }

    public void clear() {
        fields.values().forEach(f -> {
            f.setInvalid(false);
            f.setErrorMessage(null);
        });
    }

    /** Marks each named field invalid with its translated message; focuses the first one. */
    public void show(ValidationException failure, Component translator) {
        clear();
        boolean focused = false;
        for (ValidationException.FieldError error : failure.errors()) {
            HasValidation field = fields.get(error.field());
            if (field == null) {
                throw failure;
            }
            field.setErrorMessage(translator.getTranslation(error.messageKey(), error.args()));
            field.setInvalid(true);
            if (!focused && field instanceof com.vaadin.flow.component.Focusable<?> focusable) {
                focusable.focus();
                focused = true;
            }
        }
    }
}
