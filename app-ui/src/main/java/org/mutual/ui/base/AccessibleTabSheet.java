package org.mutual.ui.base;

import com.vaadin.flow.component.tabs.TabSheet;

/**
 * A {@link TabSheet} whose tab list holds only tabs, as assistive technology expects of a
 * {@code tablist}: Vaadin's {@code <vaadin-tabs>} wraps its tabs in a scroll container made focusable
 * with {@code tabindex="-1"}, which screen readers (and axe-core's {@code aria-required-children} rule)
 * count as a stray focusable child. Keyboard use is unchanged: the tabs themselves take the focus and
 * the arrow keys move between them.
 */
public class AccessibleTabSheet extends TabSheet {

    /** Takes the scroll container of the {@code <vaadin-tabs>} in {@code tabs} out of the focus order. */
    static final String ONLY_TABS = """
            customElements.whenDefined('vaadin-tabs')
                .then(() => tabs.updateComplete)
                .then(() => {
                    const scroll = tabs.shadowRoot && tabs.shadowRoot.querySelector('[part="tabs"]');
                    if (scroll) { scroll.removeAttribute('tabindex'); }
                });""";

    public AccessibleTabSheet() {
        addAttachListener(e -> getElement().executeJs(
                "const tabs = this.querySelector('vaadin-tabs'); if (tabs) {" + ONLY_TABS + "}"));
    }
}
