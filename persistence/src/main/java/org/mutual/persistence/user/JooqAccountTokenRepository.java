package org.mutual.persistence.user;

import static org.mutual.persistence.jooq.Tables.ACCOUNT_TOKEN;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.jooq.DSLContext;
import org.mutual.domain.user.AccountToken;
import org.mutual.domain.user.AccountTokenId;
import org.mutual.domain.user.AccountTokenRepository;
import org.mutual.domain.user.TokenPurpose;
import org.mutual.domain.user.UserId;
import org.mutual.persistence.jooq.tables.records.AccountTokenRecord;
import org.springframework.stereotype.Repository;

@Repository
public class JooqAccountTokenRepository implements AccountTokenRepository {

    private final DSLContext dsl;

    public JooqAccountTokenRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public AccountTokenId create(String tokenHash, UserId account, TokenPurpose purpose, Instant createdAt,
                                 Instant expiresAt) {
        Long id = dsl.insertInto(ACCOUNT_TOKEN)
                .set(ACCOUNT_TOKEN.TOKEN_HASH, tokenHash)
                .set(ACCOUNT_TOKEN.USER_ID, account.value())
                .set(ACCOUNT_TOKEN.PURPOSE, purpose.name())
                .set(ACCOUNT_TOKEN.CREATED_AT, utc(createdAt))
                .set(ACCOUNT_TOKEN.EXPIRES_AT, utc(expiresAt))
                .returningResult(ACCOUNT_TOKEN.ID)
                .fetchOne(ACCOUNT_TOKEN.ID);
        return new AccountTokenId(id);
    }

    @Override
    public Optional<AccountToken> findByHash(String tokenHash) {
        return dsl.selectFrom(ACCOUNT_TOKEN).where(ACCOUNT_TOKEN.TOKEN_HASH.eq(tokenHash))
                .fetchOptional(JooqAccountTokenRepository::toToken);
    }

    @Override
    public boolean markUsed(AccountTokenId id, Instant at) {
        // "used_at is null" in the update itself: of two parallel uses only one changes the row.
        return dsl.update(ACCOUNT_TOKEN)
                .set(ACCOUNT_TOKEN.USED_AT, utc(at))
                .where(ACCOUNT_TOKEN.ID.eq(id.value()).and(ACCOUNT_TOKEN.USED_AT.isNull()))
                .execute() == 1;
    }

    @Override
    public int markAllUsed(UserId account, TokenPurpose purpose, Instant at) {
        return dsl.update(ACCOUNT_TOKEN)
                .set(ACCOUNT_TOKEN.USED_AT, utc(at))
                .where(ACCOUNT_TOKEN.USER_ID.eq(account.value()))
                .and(ACCOUNT_TOKEN.PURPOSE.eq(purpose.name()))
                .and(ACCOUNT_TOKEN.USED_AT.isNull())
                .execute();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static AccountToken toToken(AccountTokenRecord r) {
        return new AccountToken(new AccountTokenId(r.getId()), new UserId(r.getUserId()),
                TokenPurpose.valueOf(r.getPurpose()), r.getExpiresAt().toInstant(),
                r.getUsedAt() == null ? null : r.getUsedAt().toInstant());
    }
}
