package org.mutual.persistence.client;

import static org.mutual.persistence.jooq.Tables.CLIENT;
import static org.mutual.persistence.jooq.Tables.MEMBERSHIP;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.mutual.domain.base.ConcurrentEditException;
import org.mutual.domain.base.NotFoundException;
import org.mutual.domain.client.Client;
import org.mutual.domain.client.ClientDraft;
import org.mutual.domain.client.ClientId;
import org.mutual.domain.client.ClientRepository;
import org.mutual.domain.user.UserId;
import org.mutual.persistence.base.Timestamps;
import org.mutual.persistence.homework.JooqClientAccounts;
import org.mutual.persistence.jooq.tables.records.ClientRecord;
import org.springframework.stereotype.Repository;

@Repository
public class JooqClientRepository implements ClientRepository {

    static final String RECORD_TYPE = "client";

    private final DSLContext dsl;
    private final Clock clock;

    public JooqClientRepository(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    @Override
    public ClientId create(ClientDraft draft, UserId account) {
        Long id = dsl.insertInto(CLIENT)
                .set(CLIENT.ACCOUNT_ID, account == null ? null : account.value())
                .set(CLIENT.LEGAL_NAME, draft.legalName())
                .set(CLIENT.PREFERRED_NAME, draft.preferredName())
                .set(CLIENT.EMAIL, draft.email())
                .set(CLIENT.PHONE, draft.phone())
                .set(CLIENT.DATE_OF_BIRTH, draft.dateOfBirth())
                .set(CLIENT.EMERGENCY_CONTACT, draft.emergencyContact())
                .set(CLIENT.CREATED_AT, Timestamps.toDb(clock.instant()))
                .returningResult(CLIENT.ID)
                .fetchOne(CLIENT.ID);
        if (account != null) {
            JooqClientAccounts.linksChanged();
        }
        return new ClientId(id);
    }

    @Override
    public Optional<Client> find(ClientId id) {
        return dsl.selectFrom(CLIENT).where(CLIENT.ID.eq(id.value())).fetchOptional(JooqClientRepository::toClient);
    }

    /** The clients with these ids, by id, in one query; ids without a client are left out. */
    @Override
    public List<Client> findAll(Collection<ClientId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return dsl.selectFrom(CLIENT)
                .where(CLIENT.ID.in(ids.stream().map(ClientId::value).distinct().toList()))
                .orderBy(CLIENT.ID)
                .fetch(JooqClientRepository::toClient);
    }

    @Override
    public void update(ClientId id, ClientDraft draft, int expectedVersion) {
        int updated = dsl.update(CLIENT)
                .set(CLIENT.LEGAL_NAME, draft.legalName())
                .set(CLIENT.PREFERRED_NAME, draft.preferredName())
                .set(CLIENT.EMAIL, draft.email())
                .set(CLIENT.PHONE, draft.phone())
                .set(CLIENT.DATE_OF_BIRTH, draft.dateOfBirth())
                .set(CLIENT.EMERGENCY_CONTACT, draft.emergencyContact())
                .set(CLIENT.VERSION, CLIENT.VERSION.plus(1))
                .where(CLIENT.ID.eq(id.value()).and(CLIENT.VERSION.eq(expectedVersion)))
                .execute();
        if (updated == 0) {
            if (dsl.fetchExists(CLIENT, CLIENT.ID.eq(id.value()))) {
                throw new ConcurrentEditException(RECORD_TYPE, id);
            }
            throw new NotFoundException(RECORD_TYPE, id);
        }
    }

    @Override
    public void linkAccount(ClientId id, UserId account) {
        int updated = dsl.update(CLIENT)
                .set(CLIENT.ACCOUNT_ID, account.value())
                .set(CLIENT.VERSION, CLIENT.VERSION.plus(1))
                .where(CLIENT.ID.eq(id.value()).and(CLIENT.ACCOUNT_ID.isNull()))
                .execute();
        JooqClientAccounts.linksChanged();
        if (updated == 0) {
            throw new IllegalStateException("client " + id + " does not exist or already has a login");
        }
    }

    /**
     * The clients who were ever members of the group, nested into another query whose row names the
     * group (a roster's names, read with the roster).
     */
    public static Field<List<Client>> clientsOfGroup(Field<Long> group) {
        return DSL.multiset(DSL.selectFrom(CLIENT)
                        .where(CLIENT.ID.in(DSL.select(MEMBERSHIP.CLIENT_ID).from(MEMBERSHIP)
                                .where(MEMBERSHIP.GROUP_ID.eq(group))))
                        .orderBy(CLIENT.ID))
                .convertFrom(rows -> rows.map(JooqClientRepository::toClient));
    }

    public static Client toClient(ClientRecord r) {
        return new Client(new ClientId(r.getId()), r.getAccountId() == null ? null : new UserId(r.getAccountId()),
                r.getLegalName(), r.getPreferredName(), r.getEmail(), r.getPhone(), r.getDateOfBirth(),
                r.getEmergencyContact(), r.getVersion());
    }
}
