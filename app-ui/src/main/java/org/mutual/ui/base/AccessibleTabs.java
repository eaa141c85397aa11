package org.mutual.ui.base;

import com.vaadin.flow.component.tabs.Tabs;

/** {@link Tabs} whose tab list holds only tabs, for the reason given on {@link AccessibleTabSheet}. */
public class AccessibleTabs extends Tabs {

    public AccessibleTabs() {
        addAttachListener(e -> getElement().executeJs("const tabs = this;" + AccessibleTabSheet.ONLY_TABS));
    }
}
