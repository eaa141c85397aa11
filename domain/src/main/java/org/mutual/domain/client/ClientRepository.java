package org.mutual.domain.client;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.mutual.domain.user.UserId;

/** Port: client storage. */
public interface ClientRepository {

    /** Stores a new client; {@code account} may be null when the person has no login yet. */
    ClientId create(ClientDraft draft, UserId account);

    Optional<Client> find(ClientId id);

    /**
     * Overwrites the client's fields and increments its version.
     *
     * @throws org.mutual.domain.base.ConcurrentEditException when the stored version is not
     *         {@code expectedVersion}; nothing is written then
     * @throws org.mutual.domain.base.NotFoundException when there is no such client
     */
    void update(ClientId id, ClientDraft draft, int expectedVersion);

    /** The clients with these ids, in one query; unknown ids are skipped. */
    List<Client> findAll(Collection<ClientId> ids);

    /**
     * Links a client without a login to their new account (an invitation from intake).
     *
     * @throws IllegalStateException when the client has no such row or already has a login
     */
    void linkAccount(ClientId id, UserId account);
}
