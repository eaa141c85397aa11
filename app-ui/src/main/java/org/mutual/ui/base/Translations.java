package org.mutual.ui.base;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.mutual.domain.user.Language;
import org.springframework.stereotype.Component;

/**
 * Every text on a screen comes from {@code vaadin-i18n/translations*.properties}: English is the
 * base bundle, Spanish its {@code _es} sibling. The first provided locale is the default, so a
 * browser asking for a language Mutual doesn't offer gets English — never the JVM's locale.
 */
@Component
public class Translations implements I18NProvider {

    static final String BUNDLE = "vaadin-i18n.translations";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    public static final List<Locale> PROVIDED = List.of(Locale.ENGLISH, Locale.of(Language.SPANISH.tag()));

    @Override
    public List<Locale> getProvidedLocales() {
        return PROVIDED;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        if (key == null) {
            return "";
        }
        String value;
        try {
            value = bundle(locale).getString(key);
        } catch (MissingResourceException e) {
            return "!{" + key + "}!";
        }
        return params.length == 0 ? value : new MessageFormat(value, locale).format(params);
    }

    static ResourceBundle bundle(Locale locale) {
        Locale language = locale == null ? Locale.ENGLISH : Locale.of(locale.getLanguage());
        return ResourceBundle.getBundle(BUNDLE, language, Translations.class.getClassLoader(), NO_FALLBACK);
    }
}
