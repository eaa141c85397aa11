package org.mutual.domain.membership;

import org.mutual.domain.client.Client;

/** A waitlist entry with its client. */
public record WaitingClient(WaitlistEntry entry, Client client) {
}
