package org.mutual.domain.user;

import org.mutual.domain.base.Validator;

/** A validated request to create an account. */
public record NewAccount(String username, String displayName, String email, Role role, String passwordHash) {

    public static NewAccount of(String username, String displayName, String email, Role role, String passwordHash) {
        Validator v = new Validator();
        String name = v.requiredText(username, "username", 64);
        v.require(name.matches("[a-z0-9._-]*"), "username", "validation.username-format");
        String display = v.requiredText(displayName, "displayName", 120);
        String mail = v.requiredText(email, "email", 254);
        v.require(mail.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"), "email", "validation.email");
        v.require(role != null, "role", "validation.required");
        v.throwIfInvalid();
        return new NewAccount(name, display, mail, role, passwordHash);
    }
}
