package org.mutual.persistence.user;

import static org.mutual.persistence.jooq.Tables.APP_USER;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.jooq.DSLContext;
import org.mutual.domain.user.Account;
import org.mutual.domain.user.AccountRepository;
import org.mutual.domain.user.NewAccount;
import org.mutual.domain.user.Role;
import org.mutual.domain.user.UserId;
import org.mutual.persistence.jooq.tables.records.AppUserRecord;
import org.springframework.stereotype.Repository;

@Repository
public class JooqAccountRepository implements AccountRepository {

    private final DSLContext dsl;
    private final Clock clock;

    public JooqAccountRepository(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    @Override
    public UserId create(NewAccount account) {
        Long id = dsl.insertInto(APP_USER)
                .set(APP_USER.USERNAME, account.username())
                .set(APP_USER.DISPLAY_NAME, account.displayName())
                .set(APP_USER.EMAIL, account.email())
                .set(APP_USER.ROLE, account.role().name())
                .set(APP_USER.PASSWORD_HASH, account.passwordHash())
                .set(APP_USER.CREATED_AT, OffsetDateTime.now(clock))
                .returningResult(APP_USER.ID)
                .fetchOne(APP_USER.ID);
        return new UserId(id);
    }

    @Override
    public Optional<Account> findByUsername(String username) {
        return dsl.selectFrom(APP_USER).where(APP_USER.USERNAME.eq(username)).fetchOptional(JooqAccountRepository::toAccount);
    }

    @Override
    public Optional<Account> findById(UserId id) {
        return dsl.selectFrom(APP_USER).where(APP_USER.ID.eq(id.value())).fetchOptional(JooqAccountRepository::toAccount);
    }

    @Override
    public long count() {
        return dsl.fetchCount(APP_USER);
    }

    @Override
    public void recordFailedLogin(UserId id, Instant lockUntil) {
        dsl.update(APP_USER)
                .set(APP_USER.FAILED_LOGINS, APP_USER.FAILED_LOGINS.plus(1))
                .set(APP_USER.LOCKED_UNTIL, lockUntil == null ? null : lockUntil.atOffset(ZoneOffset.UTC))
                .where(APP_USER.ID.eq(id.value()))
                .execute();
    }

    @Override
    public void recordSuccessfulLogin(UserId id) {
        dsl.update(APP_USER)
                .set(APP_USER.FAILED_LOGINS, 0)
                .setNull(APP_USER.LOCKED_UNTIL)
                .where(APP_USER.ID.eq(id.value()))
                .execute();
    }

    static Account toAccount(AppUserRecord r) {
        return new Account(new UserId(r.getId()), r.getUsername(), r.getDisplayName(), r.getEmail(),
                Role.valueOf(r.getRole()), r.getPasswordHash(), r.getActive(), r.getFailedLogins(),
                r.getLockedUntil() == null ? null : r.getLockedUntil().toInstant());
    }
}
