package org.mutual.auth.local;

import org.mutual.domain.user.PasswordHasher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** The domain's password hashing port on the same encoder the login verifies with. */
@Component
public class EncoderPasswordHasher implements PasswordHasher {

    private final PasswordEncoder encoder;

    public EncoderPasswordHasher(PasswordEncoder encoder) {
        this.encoder = encoder;
    }

    @Override
    public String hash(String rawPassword) {
        return encoder.encode(rawPassword);
    }
}
