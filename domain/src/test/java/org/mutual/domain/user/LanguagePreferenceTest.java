package org.mutual.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mutual.domain.base.AccessDeniedException;

class LanguagePreferenceTest {

    final Map<UserId, Language> stored = new HashMap<>();
    final UserLanguages languages = new UserLanguages() {
        @Override
        public Optional<Language> find(UserId user) {
            return Optional.ofNullable(stored.get(user));
        }

        @Override
        public boolean save(UserId user, Language language) {
            stored.put(user, language);
            return true;
        }
    };
    AppUser signedIn;
    final LanguagePreference preference = new LanguagePreference(languages, () -> Optional.ofNullable(signedIn));

    @Test
    void each_person_saves_and_reads_only_their_own_choice() {
        signedIn = new AppUser(new UserId(1L), "casey", "Casey", Role.CLIENT);
        assertThat(preference.mine()).isEmpty();
        preference.choose(Language.SPANISH);
        assertThat(preference.mine()).contains(Language.SPANISH);
        assertThat(stored).containsOnlyKeys(new UserId(1L));

        signedIn = new AppUser(new UserId(2L), "jordan", "Jordan", Role.CLIENT);
        assertThat(preference.mine()).isEmpty();
    }

    @Test
    void nobody_signed_in_has_no_saved_choice_and_cannot_save_one() {
        signedIn = null;
        assertThat(preference.mine()).isEmpty();
        assertThatThrownBy(() -> preference.choose(Language.SPANISH)).isInstanceOf(AccessDeniedException.class);
        assertThat(stored).isEmpty();
    }

    @Test
    void a_language_tag_names_a_language_mutual_offers() {
        assertThat(Language.ofTag("es-MX")).contains(Language.SPANISH);
        assertThat(Language.ofTag("en_GB")).contains(Language.ENGLISH);
        assertThat(Language.ofTag("ES")).contains(Language.SPANISH);
        assertThat(Language.ofTag("de")).isEmpty();
        assertThat(Language.ofTag(null)).isEmpty();
    }
}
