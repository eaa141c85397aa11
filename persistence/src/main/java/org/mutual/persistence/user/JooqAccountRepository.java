package org.mutual.persistence.user;

import static org.mutual.persistence.jooq.Tables.APP_USER;
import static org.mutual.persistence.jooq.Tables.GROUP_FACILITATOR;
import static org.mutual.persistence.jooq.Tables.THERAPY_GROUP;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.impl.DSL;
import org.mutual.domain.group.GroupStatus;
import org.mutual.domain.base.Validator;
import org.mutual.domain.user.Account;
import org.mutual.domain.user.AccountQuery;
import org.mutual.domain.user.AccountRepository;
import org.mutual.domain.user.AccountSummary;
import org.mutual.domain.user.NewAccount;
import org.mutual.domain.user.Role;
import org.mutual.domain.user.UserId;
import org.mutual.persistence.jooq.tables.records.AppUserRecord;
import org.mutual.persistence.base.Like;
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
        // What someone typed at the login: text no username can hold is simply nobody (PostgreSQL refuses a NUL).
        if (username == null || !Validator.isStorable(username)) {
            return Optional.empty();
        }
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

    @Override
    public List<AccountSummary> find(AccountQuery query, int offset, int limit) {
        // The facilitated groups ride along as a nested collection: one query per page, however
        // many accounts and groups there are.
        Field<List<String>> groups = DSL.multiset(
                        DSL.select(THERAPY_GROUP.NAME)
                                .from(GROUP_FACILITATOR)
                                .join(THERAPY_GROUP).on(THERAPY_GROUP.ID.eq(GROUP_FACILITATOR.GROUP_ID))
                                .where(GROUP_FACILITATOR.USER_ID.eq(APP_USER.ID))
                                .and(THERAPY_GROUP.STATUS.ne(GroupStatus.CLOSED.name()))
                                .orderBy(THERAPY_GROUP.NAME, THERAPY_GROUP.ID))
                .as("facilitated_groups")
                .convertFrom(r -> r.map(Record1::value1));
        return dsl.select(APP_USER.ID, APP_USER.USERNAME, APP_USER.DISPLAY_NAME, APP_USER.EMAIL, APP_USER.ROLE,
                        APP_USER.ACTIVE, passwordSet(), groups)
                .from(APP_USER)
                .where(conditions(query))
                .orderBy(APP_USER.DISPLAY_NAME, APP_USER.ID)
                .offset(offset).limit(limit)
                .fetch(r -> new AccountSummary(new UserId(r.value1()), r.value2(), r.value3(), r.value4(),
                        Role.valueOf(r.value5()), r.value6(), r.value7(), r.value8()));
    }

    @Override
    public int count(AccountQuery query) {
        return dsl.fetchCount(APP_USER, conditions(query));
    }

    @Override
    public boolean setActive(UserId id, boolean active) {
        return dsl.update(APP_USER)
                .set(APP_USER.ACTIVE, active)
                .set(APP_USER.VERSION, APP_USER.VERSION.plus(1))
                .where(APP_USER.ID.eq(id.value()))
                .execute() == 1;
    }

    @Override
    public boolean setPassword(UserId id, String passwordHash) {
        return dsl.update(APP_USER)
                .set(APP_USER.PASSWORD_HASH, passwordHash)
                .set(APP_USER.FAILED_LOGINS, 0)
                .setNull(APP_USER.LOCKED_UNTIL)
                .set(APP_USER.VERSION, APP_USER.VERSION.plus(1))
                .where(APP_USER.ID.eq(id.value()))
                .execute() == 1;
    }

    /**
     * Whether the person can sign in: a local password is set, or (single sign-on) they have signed in
     * through the identity provider, which keeps their password.
     */
    private static Field<Boolean> passwordSet() {
        return DSL.field(APP_USER.PASSWORD_HASH.isNotNull().or(APP_USER.EXTERNAL_SIGNED_IN_AT.isNotNull()));
    }

    private static List<Condition> conditions(AccountQuery query) {
        List<Condition> conditions = new ArrayList<>();
        conditions.add(APP_USER.ROLE.in(query.roles().stream().map(Enum::name).toList()));
        if (query.text() != null) {
            conditions.add(Like.contains(APP_USER.USERNAME, query.text())
                    .or(Like.contains(APP_USER.DISPLAY_NAME, query.text())));
        }
        return conditions;
    }

    static Account toAccount(AppUserRecord r) {
        return new Account(new UserId(r.getId()), r.getUsername(), r.getDisplayName(), r.getEmail(),
                Role.valueOf(r.getRole()), r.getPasswordHash(), r.getActive(), r.getFailedLogins(),
                r.getLockedUntil() == null ? null : r.getLockedUntil().toInstant());
    }
}
