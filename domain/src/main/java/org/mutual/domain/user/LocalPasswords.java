package org.mutual.domain.user;

import java.util.Optional;

/**
 * Local login: passwords are hashed into Mutual's own account table and nothing is registered
 * anywhere else. Mutual hands out its own one-time links; it never sends e-mail.
 */
public final class LocalPasswords implements IdentityProvisioning {

    private final AccountRepository accounts;
    private final PasswordHasher hasher;

    public LocalPasswords(AccountRepository accounts, PasswordHasher hasher) {
        this.accounts = accounts;
        this.hasher = hasher;
    }

    @Override
    public Optional<String> register(UserId id, NewAccount account) {
        return Optional.empty();
    }

    @Override
    public void unregister(String subject) {
        // nothing was registered
    }

    @Override
    public boolean emailsPasswordSetup() {
        return false;
    }

    @Override
    public void emailPasswordSetup(UserId id) {
        throw new UnsupportedOperationException("local login hands out set-password links, it sends no e-mail");
    }

    @Override
    public void setPassword(UserId id, NewPassword password) {
        accounts.setPassword(id, hasher.hash(password.value()));
    }
}
