package org.mutual.ui.base;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Div;
import java.util.function.Supplier;

/**
 * Builds its content when first shown: opening the session page does not read (or audit a read of)
 * notes and records the user never looks at. {@link #rebuiltWhenShown} goes further for content that
 * keeps no state of its own: built each time the tab is shown and let go when another tab is, so an
 * open page holds only what is on screen.
 */
public class LazyTab extends Div {

    private final transient Supplier<Component> content;
    private final boolean releasedWhenHidden;
    private boolean built;

    public LazyTab(Supplier<Component> content) {
        this(content, false);
    }

    private LazyTab(Supplier<Component> content, boolean releasedWhenHidden) {
        this.content = content;
        this.releasedWhenHidden = releasedWhenHidden;
        setWidthFull();
    }

    /** A tab whose content is built (and read) each time it is shown and dropped when it is hidden. */
    public static LazyTab rebuiltWhenShown(Supplier<Component> content) {
        return new LazyTab(content, true);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        if (!built) {
            built = true;
            add(content.get());
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (releasedWhenHidden) {
            removeAll();
            built = false;
        }
    }
}
