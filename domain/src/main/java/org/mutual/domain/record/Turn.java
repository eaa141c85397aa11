package org.mutual.domain.record;

import org.mutual.domain.client.ClientId;

/** One turn of an exercise recorded turn by turn: its number (from 1), who took it, and its level. */
public record Turn(int number, ClientId member, int depth) {
}
