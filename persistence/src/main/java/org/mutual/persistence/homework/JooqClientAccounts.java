package org.mutual.persistence.homework;

import static org.mutual.persistence.jooq.Tables.CLIENT;

import java.util.Optional;
import org.jooq.DSLContext;
import org.mutual.domain.client.ClientId;
import org.mutual.domain.homework.ClientAccounts;
import org.mutual.domain.user.UserId;
import org.mutual.persistence.base.RequestMemo;
import org.springframework.stereotype.Repository;

@Repository
public class JooqClientAccounts implements ClientAccounts {

    private final DSLContext dsl;

    public JooqClientAccounts(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * {@inheritDoc} A login belongs to at most one client (client_account_uk). Read once per request
     * ({@link RequestMemo}): a client's screen asks it from every service it calls.
     */
    @Override
    public Optional<ClientId> clientOf(UserId account) {
        return RequestMemo.remember(new ClientOfAccount(account.value()),
                () -> dsl.select(CLIENT.ID).from(CLIENT).where(CLIENT.ACCOUNT_ID.eq(account.value()))
                        .fetchOptional(r -> new ClientId(r.value1())));
    }

    /** Called by every write that links a client to a login. */
    public static void linksChanged() {
        RequestMemo.forget(question -> question instanceof ClientOfAccount);
    }

    /** The request-memo question "which client is this login?". */
    private record ClientOfAccount(long account) {
    }
}
