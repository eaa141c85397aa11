package org.mutual.ui.base;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import java.util.Optional;
import org.mutual.domain.user.AppUser;
import org.mutual.domain.user.CurrentUser;
import org.mutual.domain.user.Language;
import org.mutual.domain.user.LanguagePreference;
import org.springframework.stereotype.Component;

/**
 * Decides the language of every new page: the signed-in person's saved choice, else a choice made
 * on a sign-in page in this browser session, else the browser's preferred language when Mutual
 * offers it, else English. A change made with the {@link LanguageSelect} is kept for the session
 * (and saved for a signed-in person) and the page is reloaded in the new language.
 */
@Component
public class Languages implements VaadinServiceInitListener {

    /** The choice in force for this browser session, with whom it was made for (null = not signed in). */
    record Chosen(String username, Language language) {
    }

    static final String SESSION_KEY = Languages.class.getName() + ".chosen";

    private final CurrentUser currentUser;
    private final LanguagePreference preference;

    public Languages(CurrentUser currentUser, LanguagePreference preference) {
        this.currentUser = currentUser;
        this.preference = preference;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().setLocale(localeFor(init.getUI().getSession(),
                VaadinRequest.getCurrent())));
    }

    Locale localeFor(VaadinSession session, VaadinRequest request) {
        Locale browser = request == null ? null : request.getLocale();
        Optional<AppUser> user = currentUser.get();
        String username = user.map(AppUser::username).orElse(null);
        Chosen chosen = (Chosen) session.getAttribute(SESSION_KEY);
        Language language;
        if (chosen != null && java.util.Objects.equals(chosen.username(), username)) {
            language = chosen.language();
        } else if (username != null) {
            Optional<Language> saved = preference.mine();
            // Nothing saved yet: a language picked on the sign-in page carries on, else the browser's.
            language = saved.orElseGet(() -> chosen != null ? chosen.language() : fromBrowser(browser));
            session.setAttribute(SESSION_KEY, new Chosen(username, language));
        } else {
            language = fromBrowser(browser);
        }
        return localeOf(language, browser);
    }

    /** Applies a choice at once: kept for the session, saved for a signed-in person, page reloaded. */
    public void choose(UI ui, Language language) {
        String username = currentUser.get().map(AppUser::username).orElse(null);
        if (username != null) {
            preference.choose(language);
        }
        ui.getSession().setAttribute(SESSION_KEY, new Chosen(username, language));
        ui.setLocale(localeOf(language, VaadinRequest.getCurrent() == null ? null
                : VaadinRequest.getCurrent().getLocale()));
        ui.getPage().reload();
    }

    public static Language current(UI ui) {
        return of(ui.getLocale());
    }

    /** The language a component's locale speaks, English when Mutual has no translation for it. */
    public static Language of(Locale locale) {
        return locale == null ? Language.ENGLISH : Language.ofTag(locale.getLanguage()).orElse(Language.ENGLISH);
    }

    static Language fromBrowser(Locale browser) {
        return browser == null ? Language.ENGLISH : Language.ofTag(browser.toLanguageTag()).orElse(Language.ENGLISH);
    }

    /** The browser's own regional variant (es-MX, en-GB) when it speaks the chosen language. */
    static Locale localeOf(Language language, Locale browser) {
        if (browser != null && browser.getLanguage().equals(language.tag())) {
            return browser;
        }
        return Locale.of(language.tag());
    }
}
