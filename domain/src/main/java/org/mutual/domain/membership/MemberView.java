package org.mutual.domain.membership;

import org.mutual.domain.client.Client;

/** A membership period with the client it belongs to, as the group page lists it. */
public record MemberView(MembershipPeriod period, Client client) {
}
