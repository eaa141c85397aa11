package org.mutual.ui.base;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import java.util.function.Supplier;

/**
 * Builds its content when first shown: opening the session page does not read (or audit a read of)
 * notes and records the user never looks at.
 */
public class LazyTab extends Div {

    private final transient Supplier<Component> content;
    private boolean built;

    public LazyTab(Supplier<Component> content) {
        this.content = content;
        setWidthFull();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        if (!built) {
            built = true;
            add(content.get());
        }
    }
}
