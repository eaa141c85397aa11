package org.mutual.domain.session;

/** A session with the name of its group: the head of the session page, read in one query. */
public record SessionOverview(Session session, String groupName) {
}
