package org.mutual.persistence.homework;

import static org.mutual.persistence.jooq.Tables.CLIENT;

import java.util.Optional;
import org.jooq.DSLContext;
import org.mutual.domain.client.ClientId;
import org.mutual.domain.homework.ClientAccounts;
import org.mutual.domain.user.UserId;
import org.springframework.stereotype.Repository;

@Repository
public class JooqClientAccounts implements ClientAccounts {

    private final DSLContext dsl;

    public JooqClientAccounts(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** {@inheritDoc} A login belongs to at most one client (client_account_uk). */
    @Override
    public Optional<ClientId> clientOf(UserId account) {
        return dsl.select(CLIENT.ID).from(CLIENT).where(CLIENT.ACCOUNT_ID.eq(account.value()))
                .fetchOptional(r -> new ClientId(r.value1()));
    }
}
