package org.mutual.domain.user;

import java.util.Set;

/** Filters for the account list: a text matched against username and name, and the roles to show. */
public record AccountQuery(String text, Set<Role> roles) {

    public AccountQuery {
        text = text == null || text.isBlank() ? null : text.strip();
        roles = Set.copyOf(roles);
    }
}
