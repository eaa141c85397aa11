package org.mutual.auth.keycloak;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.admin.client.resource.UsersResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.mutual.domain.base.ValidationException;
import org.mutual.domain.user.Account;
import org.mutual.domain.user.AccountLinks;
import org.mutual.domain.user.AccountRepository;
import org.mutual.domain.user.IdentityProvisioning;
import org.mutual.domain.user.NewAccount;
import org.mutual.domain.user.NewPassword;
import org.mutual.domain.user.UserId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * New Mutual accounts become Keycloak users: username, e-mail and name from the account, the realm
 * role of its Mutual role, enabled, without a password. The password is then set either through
 * Mutual's one-time link (this class stores it at Keycloak) or through Keycloak's own
 * {@code UPDATE_PASSWORD} e-mail when the realm can send e-mail. An account created before single
 * sign-on was switched on gets its Keycloak user the first time its password is set this way.
 */
public final class KeycloakIdentityProvisioning implements IdentityProvisioning {

    private static final Logger log = LoggerFactory.getLogger(KeycloakIdentityProvisioning.class);

    private final Keycloak keycloak;
    private final String realm;
    private final String clientId;
    private final boolean sendsEmail;
    private final Duration emailValidity;
    private final AccountRepository accounts;
    private final AccountLinks links;

    /**
     * @param clientId      the client the e-mail's "back to the application" link returns to
     * @param sendsEmail    whether the realm has SMTP set up, so Keycloak e-mails password setup
     * @param emailValidity how long the e-mailed link works
     */
    public KeycloakIdentityProvisioning(Keycloak keycloak, String realm, String clientId, boolean sendsEmail,
                                        Duration emailValidity, AccountRepository accounts, AccountLinks links) {
        this.keycloak = keycloak;
        this.realm = realm;
        this.clientId = clientId;
        this.sendsEmail = sendsEmail;
        this.emailValidity = emailValidity;
        this.accounts = accounts;
        this.links = links;
    }

    @Override
    public Optional<String> register(UserId id, NewAccount account) {
        UserRepresentation user = new UserRepresentation();
        user.setUsername(account.username());
        user.setEmail(account.email());
        user.setEnabled(true);
        Names names = Names.of(account.displayName());
        user.setFirstName(names.first());
        user.setLastName(names.last());
        String subject;
        try (Response response = users().create(user)) {
            if (response.getStatus() == Response.Status.CONFLICT.getStatusCode()) {
                String problem = response.readEntity(String.class);
                throw problem != null && problem.toLowerCase(Locale.ROOT).contains("email")
                        ? ValidationException.of("email", "validation.email-taken")
                        : ValidationException.of("username", "validation.username-taken");
            }
            subject = CreatedResponseUtil.getCreatedId(response);
        }
        try {
            UserResource created = users().get(subject);
            String roleName = account.role().name().toLowerCase(Locale.ROOT);
            RoleRepresentation role = created.roles().realmLevel().listAvailable().stream()
                    .filter(r -> r.getName().equals(roleName))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("realm " + realm + " has no role " + roleName));
            created.roles().realmLevel().add(List.of(role));
        } catch (RuntimeException failure) {
            unregister(subject);
            throw failure;
        }
        // Ids only: usernames are often people's names.
        log.info("Created Keycloak user {} for account {}", subject, id);
        return Optional.of(subject);
    }

    @Override
    public void unregister(String subject) {
        try (Response response = users().delete(subject)) {
            log.info("Removed Keycloak user {} (status {})", subject, response.getStatus());
        } catch (RuntimeException failure) {
            log.warn("Could not remove Keycloak user {}: remove it in the admin console", subject, failure);
        }
    }

    @Override
    public boolean emailsPasswordSetup() {
        return sendsEmail;
    }

    @Override
    public void emailPasswordSetup(UserId id) {
        users().get(subjectOf(id)).executeActionsEmail(clientId, null, (int) emailValidity.toSeconds(),
                List.of("UPDATE_PASSWORD"));
    }

    @Override
    public void setPassword(UserId id, NewPassword password) {
        CredentialRepresentation credential = new CredentialRepresentation();
        credential.setType(CredentialRepresentation.PASSWORD);
        credential.setValue(password.value());
        credential.setTemporary(false);
        try {
            users().get(subjectOf(id)).resetPassword(credential);
        } catch (BadRequestException refused) {
            // The realm's password policy says no (for example: the password contains the username).
            throw ValidationException.of("password", "validation.password-refused");
        }
    }

    /** The account's Keycloak user; one is created and linked if the account has none yet. */
    private String subjectOf(UserId id) {
        Optional<String> linked = links.subjectOf(id);
        if (linked.isPresent()) {
            return linked.get();
        }
        Account account = accounts.findById(id).orElseThrow(() -> new NotFoundException("account " + id));
        String subject = register(id, NewAccount.of(account.username(), account.displayName(), account.email(),
                account.role(), null)).orElseThrow();
        if (!links.link(id, subject)) {
            unregister(subject);
            throw new IllegalStateException("account " + id + " was linked meanwhile");
        }
        return subject;
    }

    private UsersResource users() {
        return keycloak.realm(realm).users();
    }

    /**
     * Keycloak keeps first and last name (both required); Mutual one display name. The last word is
     * the last name; a one-word name is both, which the sign-in reads back as one word.
     */
    record Names(String first, String last) {
        static Names of(String displayName) {
            String name = displayName.strip();
            int space = name.lastIndexOf(' ');
            return space < 0 ? new Names(name, name) : new Names(name.substring(0, space), name.substring(space + 1));
        }
    }
}
