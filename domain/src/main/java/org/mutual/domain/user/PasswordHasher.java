package org.mutual.domain.user;

/** Port: turns a password into the stored hash. Implemented by the auth module; the domain never hashes. */
public interface PasswordHasher {

    String hash(String rawPassword);
}
