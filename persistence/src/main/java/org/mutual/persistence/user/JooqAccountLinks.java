package org.mutual.persistence.user;

import static org.mutual.persistence.jooq.Tables.APP_USER;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.jooq.DSLContext;
import org.mutual.domain.user.Account;
import org.mutual.domain.user.AccountLinks;
import org.mutual.domain.user.Role;
import org.mutual.domain.user.UserId;
import org.springframework.stereotype.Repository;

@Repository
public class JooqAccountLinks implements AccountLinks {

    private final DSLContext dsl;

    public JooqAccountLinks(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<Account> findBySubject(String subject) {
        return dsl.selectFrom(APP_USER).where(APP_USER.EXTERNAL_SUBJECT.eq(subject))
                .fetchOptional(JooqAccountRepository::toAccount);
    }

    @Override
    public Optional<String> subjectOf(UserId id) {
        return dsl.select(APP_USER.EXTERNAL_SUBJECT).from(APP_USER)
                .where(APP_USER.ID.eq(id.value()))
                .fetchOptional(APP_USER.EXTERNAL_SUBJECT)
                .filter(subject -> subject != null);
    }

    @Override
    public boolean link(UserId id, String subject) {
        return dsl.update(APP_USER)
                .set(APP_USER.EXTERNAL_SUBJECT, subject)
                .set(APP_USER.VERSION, APP_USER.VERSION.plus(1))
                .where(APP_USER.ID.eq(id.value()))
                .and(APP_USER.EXTERNAL_SUBJECT.isNull())
                .execute() == 1;
    }

    @Override
    public void updateFromSignIn(UserId id, String displayName, String email, Role role, Instant at) {
        dsl.update(APP_USER)
                .set(APP_USER.DISPLAY_NAME, displayName)
                .set(APP_USER.EMAIL, email)
                .set(APP_USER.ROLE, role.name())
                .set(APP_USER.EXTERNAL_SIGNED_IN_AT, at.atOffset(ZoneOffset.UTC))
                .set(APP_USER.VERSION, APP_USER.VERSION.plus(1))
                .where(APP_USER.ID.eq(id.value()))
                .execute();
    }
}
