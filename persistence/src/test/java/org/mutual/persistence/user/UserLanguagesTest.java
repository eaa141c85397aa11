package org.mutual.persistence.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mutual.persistence.jooq.Tables.APP_USER;

import java.time.Clock;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.mutual.domain.user.Language;
import org.mutual.domain.user.NewAccount;
import org.mutual.domain.user.Role;
import org.mutual.domain.user.UserId;
import org.mutual.persistence.support.TestDatabase;

@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class UserLanguagesTest {

    @Parameter
    TestDatabase database;

    DSLContext dsl;
    JooqAccountRepository accounts;
    JooqUserLanguages languages;

    @BeforeEach
    void setUp() {
        dsl = database.dsl(database.create());
        accounts = new JooqAccountRepository(dsl, Clock.systemUTC());
        languages = new JooqUserLanguages(dsl);
    }

    @Test
    void a_new_account_follows_the_browser_until_its_person_chooses() {
        UserId casey = accounts.create(NewAccount.of("casey", "Casey", "casey@example.org", Role.CLIENT, null));
        UserId jordan = accounts.create(NewAccount.of("jordan", "Jordan", "jordan@example.org", Role.CLIENT, null));
        assertThat(languages.find(casey)).isEmpty();

        assertThat(languages.save(casey, Language.SPANISH)).isTrue();

        assertThat(languages.find(casey)).contains(Language.SPANISH);
        assertThat(languages.find(jordan)).isEmpty();
        assertThat(languages.save(casey, Language.ENGLISH)).isTrue();
        assertThat(languages.find(casey)).contains(Language.ENGLISH);
    }

    @Test
    void the_choice_leaves_the_account_version_alone_and_an_unknown_account_changes_nothing() {
        UserId casey = accounts.create(NewAccount.of("casey", "Casey", "casey@example.org", Role.CLIENT, null));
        Integer version = dsl.select(APP_USER.VERSION).from(APP_USER).where(APP_USER.ID.eq(casey.value())).fetchOne(APP_USER.VERSION);
        languages.save(casey, Language.SPANISH);
        assertThat(dsl.select(APP_USER.VERSION).from(APP_USER).where(APP_USER.ID.eq(casey.value())).fetchOne(APP_USER.VERSION))
                .isEqualTo(version);

        assertThat(languages.save(new UserId(987_654L), Language.SPANISH)).isFalse();
        assertThat(languages.find(new UserId(987_654L))).isEmpty();
    }
}
