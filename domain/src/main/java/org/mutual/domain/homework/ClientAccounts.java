package org.mutual.domain.homework;

import java.util.Optional;
import org.mutual.domain.client.ClientId;
import org.mutual.domain.user.UserId;

/** Port: which client a login belongs to, so a client's own homework can be told from another's. */
public interface ClientAccounts {

    /** The client linked to the account, if any. */
    Optional<ClientId> clientOf(UserId account);
}
