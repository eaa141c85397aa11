package org.mutual.domain.measure;

import java.time.Instant;
import java.util.Objects;
import org.mutual.domain.client.ClientId;
import org.mutual.domain.group.GroupId;
import org.mutual.domain.user.UserId;

/**
 * Raised when a client answers above 0 on the PHQ-9's self-harm item; one per response. It stays
 * open for the group's facilitators until one of them acknowledges it ({@code acknowledgedAt} and
 * {@code acknowledgedBy} set together). Names are for the banner: the client's preferred name and
 * the group's name.
 */
public record SafetyAlert(SafetyAlertId id, ResponseId response, GroupId group, String groupName, ClientId client,
                          String clientName, Instant raisedAt, Instant acknowledgedAt, UserId acknowledgedBy) {

    public SafetyAlert {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(response, "response");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(raisedAt, "raisedAt");
    }

    public boolean isAcknowledged() {
        return acknowledgedAt != null;
    }
}
