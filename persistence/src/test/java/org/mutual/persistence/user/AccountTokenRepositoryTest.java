package org.mutual.persistence.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mutual.persistence.jooq.Tables.ACCOUNT_TOKEN;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.mutual.domain.user.AccountToken;
import org.mutual.domain.user.AccountTokenId;
import org.mutual.domain.user.NewAccount;
import org.mutual.domain.user.OneTimeToken;
import org.mutual.domain.user.Role;
import org.mutual.domain.user.TokenPurpose;
import org.mutual.domain.user.UserId;
import org.mutual.persistence.support.TestDatabase;

@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class AccountTokenRepositoryTest {

    static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    static final Instant EXPIRES = NOW.plus(72, ChronoUnit.HOURS);

    @Parameter
    TestDatabase database;

    DSLContext dsl;
    JooqAccountTokenRepository tokens;
    UserId nina;
    UserId omar;

    @BeforeEach
    void setUp() {
        dsl = database.dsl(database.create());
        tokens = new JooqAccountTokenRepository(dsl);
        JooqAccountRepository accounts = new JooqAccountRepository(dsl, Clock.systemUTC());
        nina = accounts.create(NewAccount.of("nina", "Nina", "nina@example.org", Role.THERAPIST, null));
        omar = accounts.create(NewAccount.of("omar", "Omar", "omar@example.org", Role.THERAPIST, null));
    }

    @Test
    void only_the_hash_is_stored_never_the_token() {
        OneTimeToken token = OneTimeToken.generate();

        AccountTokenId id = tokens.create(token.hash(), nina, TokenPurpose.SET_PASSWORD, NOW, EXPIRES);

        Record row = dsl.selectFrom(ACCOUNT_TOKEN).where(ACCOUNT_TOKEN.ID.eq(id.value())).fetchOne();
        assertThat(row.get(ACCOUNT_TOKEN.TOKEN_HASH)).isEqualTo(token.hash()).isNotEqualTo(token.value());
        for (int i = 0; i < row.size(); i++) {
            assertThat(String.valueOf(row.get(i))).doesNotContain(token.value());
        }
        assertThat(tokens.findByHash(token.value())).isEmpty();
    }

    @Test
    void a_token_reads_back_by_its_hash_with_account_purpose_and_expiry() {
        OneTimeToken token = OneTimeToken.generate();
        AccountTokenId id = tokens.create(token.hash(), nina, TokenPurpose.SET_PASSWORD, NOW, EXPIRES);

        assertThat(tokens.findByHash(token.hash())).contains(
                new AccountToken(id, nina, TokenPurpose.SET_PASSWORD, EXPIRES, null));
        assertThat(tokens.findByHash(OneTimeToken.generate().hash())).isEmpty();
    }

    @Test
    void a_token_is_marked_used_only_once() {
        OneTimeToken token = OneTimeToken.generate();
        AccountTokenId id = tokens.create(token.hash(), nina, TokenPurpose.SET_PASSWORD, NOW, EXPIRES);

        assertThat(tokens.markUsed(id, NOW.plusSeconds(60))).isTrue();
        assertThat(tokens.markUsed(id, NOW.plusSeconds(120))).isFalse();

        assertThat(tokens.findByHash(token.hash())).get().extracting(AccountToken::usedAt)
                .isEqualTo(NOW.plusSeconds(60));
    }

    @Test
    void marking_all_of_an_account_used_leaves_other_accounts_and_used_tokens_alone() {
        OneTimeToken first = OneTimeToken.generate();
        OneTimeToken second = OneTimeToken.generate();
        OneTimeToken used = OneTimeToken.generate();
        OneTimeToken omars = OneTimeToken.generate();
        tokens.create(first.hash(), nina, TokenPurpose.SET_PASSWORD, NOW, EXPIRES);
        tokens.create(second.hash(), nina, TokenPurpose.SET_PASSWORD, NOW, EXPIRES);
        AccountTokenId usedId = tokens.create(used.hash(), nina, TokenPurpose.SET_PASSWORD, NOW, EXPIRES);
        tokens.markUsed(usedId, NOW);
        tokens.create(omars.hash(), omar, TokenPurpose.SET_PASSWORD, NOW, EXPIRES);

        assertThat(tokens.markAllUsed(nina, TokenPurpose.SET_PASSWORD, NOW.plusSeconds(5))).isEqualTo(2);

        assertThat(tokens.findByHash(first.hash()).orElseThrow().usedAt()).isEqualTo(NOW.plusSeconds(5));
        assertThat(tokens.findByHash(second.hash()).orElseThrow().usedAt()).isEqualTo(NOW.plusSeconds(5));
        assertThat(tokens.findByHash(used.hash()).orElseThrow().usedAt()).isEqualTo(NOW);
        assertThat(tokens.findByHash(omars.hash()).orElseThrow().usedAt()).isNull();
    }

    @Test
    void the_database_refuses_a_duplicate_hash_and_an_unknown_account() {
        OneTimeToken token = OneTimeToken.generate();
        tokens.create(token.hash(), nina, TokenPurpose.SET_PASSWORD, NOW, EXPIRES);

        assertThatThrownBy(() -> tokens.create(token.hash(), omar, TokenPurpose.SET_PASSWORD, NOW, EXPIRES))
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> tokens.create(OneTimeToken.generate().hash(), new UserId(99_999),
                TokenPurpose.SET_PASSWORD, NOW, EXPIRES))
                .isInstanceOf(DataAccessException.class);
    }
}
