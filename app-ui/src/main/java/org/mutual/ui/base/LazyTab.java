package org.mutual.ui.base;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.tabs.TabSheet;
import java.util.function.Supplier;

/**
 * Builds its content when first shown: opening the session page does not read (or audit a read of)
 * notes and records the user never looks at.
 *
 * <p>A tab sheet keeps every tab's content once built, hidden but whole. A tab made with
 * {@link #releasedWhenHidden} lets its content go while another tab is shown (and builds it again when
 * shown again), so a page holds only what is on screen — for tabs where nothing can be lost by that:
 * every input on them is saved the moment it is made.
 */
public class LazyTab extends Div {

    private final transient Supplier<Component> content;
    private final transient Runnable onRelease;
    private final boolean releasable;
    private boolean built;
    private boolean followsSheet;

    public LazyTab(Supplier<Component> content) {
        this(content, false, () -> { });
    }

    private LazyTab(Supplier<Component> content, boolean releasable, Runnable onRelease) {
        this.content = content;
        this.releasable = releasable;
        this.onRelease = onRelease;
        setWidthFull();
    }

    /**
     * A tab whose content is let go while another tab of its sheet is shown, and built again when it is
     * chosen again; {@code onRelease} lets go of anything else that holds on to the content.
     */
    public static LazyTab releasedWhenHidden(Supplier<Component> content, Runnable onRelease) {
        return new LazyTab(content, true, onRelease);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        build();
        // A tab sheet keeps hidden tabs attached: a releasable tab follows its sheet's choice itself.
        if (releasable && !followsSheet && getParent().orElse(null) instanceof TabSheet sheet) {
            followsSheet = true;
            sheet.addSelectedChangeListener(change -> {
                if (equals(sheet.getComponent(change.getSelectedTab()))) {
                    build();
                } else {
                    release();
                }
            });
        }
    }

    private void build() {
        if (!built) {
            built = true;
            add(content.get());
        }
    }

    private void release() {
        if (built) {
            built = false;
            removeAll();
            onRelease.run();
        }
    }
}
