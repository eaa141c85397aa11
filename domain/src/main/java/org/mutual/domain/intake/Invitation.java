package org.mutual.domain.intake;

import org.mutual.domain.client.ClientId;
import org.mutual.domain.user.PasswordSetup;

/** The result of an invitation: the new client and how they will choose their password. */
public record Invitation(ClientId client, PasswordSetup passwordSetup) {
}
