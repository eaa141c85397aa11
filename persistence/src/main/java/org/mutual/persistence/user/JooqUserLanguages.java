package org.mutual.persistence.user;

import static org.mutual.persistence.jooq.Tables.APP_USER;

import java.util.Optional;
import org.jooq.DSLContext;
import org.mutual.domain.user.Language;
import org.mutual.domain.user.UserId;
import org.mutual.domain.user.UserLanguages;
import org.springframework.stereotype.Repository;

/** The language choice lives in the account row; changing it leaves the account's version alone. */
@Repository
public class JooqUserLanguages implements UserLanguages {

    private final DSLContext dsl;

    public JooqUserLanguages(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<Language> find(UserId user) {
        return dsl.select(APP_USER.LOCALE).from(APP_USER).where(APP_USER.ID.eq(user.value()))
                .fetchOptional(APP_USER.LOCALE)
                .flatMap(Language::ofTag);
    }

    @Override
    public boolean save(UserId user, Language language) {
        return dsl.update(APP_USER).set(APP_USER.LOCALE, language.tag())
                .where(APP_USER.ID.eq(user.value()))
                .execute() == 1;
    }
}
