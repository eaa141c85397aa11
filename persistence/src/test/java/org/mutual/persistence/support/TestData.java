package org.mutual.persistence.support;

import java.time.Clock;
import java.time.LocalDate;
import org.jooq.DSLContext;
import org.mutual.domain.client.ClientDraft;
import org.mutual.domain.client.ClientId;
import org.mutual.domain.group.GroupDraft;
import org.mutual.domain.group.GroupId;
import org.mutual.domain.user.NewAccount;
import org.mutual.domain.user.Role;
import org.mutual.domain.user.UserId;
import org.mutual.persistence.client.JooqClientRepository;
import org.mutual.persistence.group.JooqGroupRepository;
import org.mutual.persistence.user.JooqAccountRepository;

/** The rows most repository tests need first: accounts, groups and clients, stored through the real repositories. */
public final class TestData {

    private final JooqAccountRepository accounts;
    private final JooqGroupRepository groups;
    private final JooqClientRepository clients;

    public TestData(DSLContext dsl) {
        accounts = new JooqAccountRepository(dsl, Clock.systemUTC());
        groups = new JooqGroupRepository(dsl, Clock.systemUTC());
        clients = new JooqClientRepository(dsl, Clock.systemUTC());
    }

    public UserId therapist(String username) {
        return accounts.create(NewAccount.of(username, username, username + "@example.org", Role.THERAPIST, null));
    }

    public UserId clientAccount(String username) {
        return accounts.create(NewAccount.of(username, username, username + "@example.org", Role.CLIENT, null));
    }

    public GroupId group(String name, UserId lead) {
        return groups.create(GroupDraft.of(name, "Building mutual relationships", null, 8), lead);
    }

    public ClientId client(String preferredName) {
        return clients.create(draft(preferredName), null);
    }

    public static ClientDraft draft(String preferredName) {
        return ClientDraft.of(preferredName + " Legal", preferredName, preferredName.toLowerCase() + "@example.org",
                null, null, null, LocalDate.of(2026, 1, 1));
    }
}
