package org.mutual.ui.base;

import com.vaadin.flow.component.select.Select;
import org.mutual.domain.user.Language;

/** English / Español: each language named in itself, so anyone can find their own. */
public class LanguageSelect extends Select<Language> {

    public LanguageSelect(Languages languages) {
        setId("language-select");
        setItems(Language.values());
        setItemLabelGenerator(LanguageSelect::nativeName);
        getElement().getThemeList().add("small");
        getElement().setAttribute("aria-label", getTranslation("language.label"));
        addAttachListener(e -> setValue(Languages.current(e.getUI())));
        addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                getUI().ifPresent(ui -> languages.choose(ui, change.getValue()));
            }
        });
    }

    static String nativeName(Language language) {
        return switch (language) {
            case ENGLISH -> "English";
            case SPANISH -> "Español";
        };
    }
}
