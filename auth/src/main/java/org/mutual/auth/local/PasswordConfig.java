package org.mutual.auth.local;

import java.util.HashMap;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

@Configuration(proxyBeanMethods = false)
public class PasswordConfig {

    /** The id of new hashes: BCrypt over SHA-256, so passwords longer than BCrypt's 72 bytes work. */
    static final String DEFAULT_ID = "bcrypt-sha256";

    /**
     * New hashes are {@code {bcrypt-sha256}}; the {id} prefix keeps the older {@code {bcrypt}} hashes
     * verifiable, so the algorithm can change without resetting passwords. Only these two ids are
     * accepted: no plain-text or unsalted digests.
     */
    @Bean
    public PasswordEncoder passwordEncoder() {
        Map<String, PasswordEncoder> encoders = new HashMap<>();
        encoders.put("bcrypt", new BCryptPasswordEncoder());
        encoders.put(DEFAULT_ID, new Sha256BCryptPasswordEncoder());
        return new DelegatingPasswordEncoder(DEFAULT_ID, encoders);
    }
}
