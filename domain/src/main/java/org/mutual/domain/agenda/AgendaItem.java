package org.mutual.domain.agenda;

import org.mutual.domain.session.Session;

/** One session on the agenda. */
public record AgendaItem(Session session, String groupName, int rosterSize) {
}
