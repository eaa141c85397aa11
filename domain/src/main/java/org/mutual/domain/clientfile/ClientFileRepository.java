package org.mutual.domain.clientfile;

import java.util.List;
import java.util.Optional;
import org.mutual.domain.client.Client;
import org.mutual.domain.client.ClientId;

/** Port: the organisational part of a client's file, read in one query. */
public interface ClientFileRepository {

    /**
     * The client with their e-mail reminder choice, every membership period with its group's name
     * (oldest first) and every held session of the groups they are or were in, with the client's mark
     * where there is one (earliest first) — whether they were on the roster that day is for the caller
     * to decide.
     */
    Optional<Stored> find(ClientId id);

    /** What {@link #find} reads. */
    record Stored(Client client, boolean emailReminders, List<ClientFile.Membership> memberships,
                  List<ClientFile.Attendance> heldSessions) {

        public Stored {
            memberships = List.copyOf(memberships);
            heldSessions = List.copyOf(heldSessions);
        }
    }
}
