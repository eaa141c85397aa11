package org.mutual.sso;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.mutual.app.DemoData;
import org.mutual.app.TestUsers;
import org.mutual.auth.keycloak.KeycloakIdentityProvisioning;
import org.mutual.browser.SetPasswordPage;
import org.mutual.domain.audit.Audit;
import org.mutual.domain.audit.AuditOutcome;
import org.mutual.domain.base.Transactions;
import org.mutual.domain.staff.AccountService;
import org.mutual.domain.audit.AuditRepository;
import org.mutual.domain.user.Account;
import org.mutual.domain.user.AccountLinks;
import org.mutual.domain.user.AccountRepository;
import org.mutual.domain.user.AccountTokenRepository;
import org.mutual.domain.user.CurrentUser;
import org.mutual.domain.user.IdentityProvisioning;
import org.mutual.domain.user.NewAccount;
import org.mutual.domain.user.NewPassword;
import org.mutual.domain.user.PasswordEmailSent;
import org.mutual.domain.user.PasswordSetup;
import org.mutual.domain.user.Role;
import org.mutual.domain.user.SessionTerminator;
import org.mutual.domain.user.UserId;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Single sign-on against a real Keycloak: people sign in on Keycloak's own page and Mutual gives
 * them their account by the token's subject, with the same per-record access as a local login;
 * refusals end on a page that says why; logout ends the Keycloak session too; accounts an admin
 * creates (and clients invited later) become Keycloak users with their realm role, who choose their
 * password through Mutual's link or, when the realm sends e-mail, through Keycloak's.
 */
class SingleSignOnJourneyTest extends SingleSignOnTestBase {

    static final String PASSWORD = "four unrelated words here";

    final KeycloakServer keycloak = KeycloakServer.get();

    @Autowired
    AccountRepository accounts;

    @Autowired
    AccountLinks links;

    @Autowired
    IdentityProvisioning identities;

    @Autowired
    AuditRepository audit;

    @Autowired
    AccountTokenRepository tokens;

    @Autowired
    SessionTerminator sessions;

    @Autowired
    CurrentUser currentUser;

    @Autowired
    Audit auditLog;

    @Autowired
    Transactions tx;

    @Autowired
    Keycloak provisioningClient;

    @Autowired
    AccountService accountService;

    @Test
    void a_therapist_signs_in_on_keycloaks_page_and_sees_the_groups_they_facilitate() {
        driver.get(url("/groups"));
        assertThat(keycloakLogin().isShown(keycloak.url())).isTrue();

        keycloakLogin().submit("therapist", DemoData.PASSWORD);

        assertThat(waitFor(By.id("current-user")).getText()).isEqualTo("Dr. Tessa Moreno");
        assertThat(path()).isEqualTo("/groups");
        waitUpTo(30).until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"),
                "Tuesday evening group"));
        assertThat(driver.findElement(By.tagName("body")).getText()).contains("Thursday morning group");
        // The demo account was linked by the Keycloak user's id, not provisioned anew.
        Account therapist = accounts.findByUsername("therapist").orElseThrow();
        assertThat(links.findBySubject(DemoData.KEYCLOAK_SUBJECTS.get("therapist"))).map(Account::id)
                .hasValue(therapist.id());
        assertThat(accounts.findByUsername("therapist-2")).isEmpty();
    }

    @Test
    void a_client_lands_on_their_homework_and_is_refused_the_groups_page() {
        driver.get(url("/login"));
        keycloakLogin().submit("client", DemoData.PASSWORD);

        assertThat(waitFor(By.id("current-user")).getText()).isEqualTo("Casey Rivera");
        waitUpTo(30).until(d -> path().equals("/my/homework"));

        driver.get(url("/groups"));

        assertThat(waitFor(By.id("access-denied")).getText()).contains("Access denied");
        assertThat(driver.findElement(By.tagName("body")).getText()).doesNotContain("Tuesday evening group");
    }

    @Test
    void a_wrong_password_shows_keycloaks_error_and_mutual_stays_closed() {
        driver.get(url("/login"));
        keycloakLogin().submit("client2", "not the password at all");

        assertThat(keycloakLogin().error()).containsIgnoringCase("invalid username or password");
        assertThat(driver.getCurrentUrl()).startsWith(keycloak.url());

        driver.get(url("/"));
        assertThat(keycloakLogin().isShown(keycloak.url())).isTrue();
        assertThat(driver.findElements(By.id("current-user"))).isEmpty();
    }

    @Test
    void logging_out_ends_the_keycloak_session_too_and_the_back_button_does_not_get_back_in() {
        driver.get(url("/"));
        keycloakLogin().submit("therapist", DemoData.PASSWORD);
        waitFor(By.id("dashboard"));

        click(waitFor(By.id("logout")));

        assertThat(waitFor(By.id("signed-out")).getText()).contains("You are signed out");
        assertThat(path()).isEqualTo("/signed-out");

        driver.navigate().back();
        assertThat(keycloakLogin().isShown(keycloak.url()))
                .as("back to a signed-in page asks for the password again").isTrue();
        assertThat(driver.findElements(By.id("current-user"))).isEmpty();

        // Keycloak's session is gone too: opening Mutual asks for the password rather than signing in silently.
        driver.get(url("/groups"));
        assertThat(keycloakLogin().isShown(keycloak.url())).isTrue();
    }

    @Test
    void someone_without_a_mutual_role_is_refused_with_a_page_that_says_why_and_can_try_another_account() {
        keycloakUser("noroles", "Nadia", "Noroles", "nadia@example.org", PASSWORD);

        driver.get(url("/"));
        keycloakLogin().submit("noroles", PASSWORD);

        assertThat(waitFor(By.id("sign-in-refused-reason")).getText()).contains("no access to Mutual");
        assertThat(path()).isEqualTo("/sign-in-refused/no-role");
        assertThat(accounts.findByUsername("noroles")).isEmpty();

        click(waitFor(By.id("sign-in-again")));
        keycloakLogin().submit("client", DemoData.PASSWORD);
        assertThat(waitFor(By.id("current-user")).getText()).isEqualTo("Casey Rivera");
    }

    @Test
    void deactivating_an_account_ends_its_session_and_keycloak_cannot_sign_the_person_back_in() {
        driver.get(url("/"));
        keycloakLogin().submit("cotherapist", DemoData.PASSWORD);
        waitFor(By.id("dashboard"));
        Account cotherapist = accounts.findByUsername("cotherapist").orElseThrow();
        TestUsers.signIn(accounts, "admin");
        try {
            accountService.deactivate(cotherapist.id());

            // The next click finds the session ended; Keycloak's session would sign them straight back in.
            click(waitFor(By.cssSelector("vaadin-side-nav-item[path='groups']")));

            assertThat(waitFor(By.id("sign-in-refused-reason")).getText()).contains("deactivated");
            assertThat(path()).isEqualTo("/sign-in-refused/deactivated");
            assertThat(driver.findElements(By.id("current-user"))).isEmpty();
            assertThat(audit.latest(0, 20)).anySatisfy(e -> {
                assertThat(e.action()).isEqualTo("sign-in");
                assertThat(e.actorName()).isEqualTo("cotherapist");
                assertThat(e.outcome()).isEqualTo(AuditOutcome.DENIED);
            });
        } finally {
            accountService.reactivate(cotherapist.id());
            TestUsers.signOut();
        }
    }

    @Test
    void a_first_sign_in_provisions_an_account_linked_to_the_subject_and_never_takes_over_a_namesake() {
        UserId namesake = accounts.create(NewAccount.of("nora", "Nora Local", "nora@example.org", Role.THERAPIST,
                null));
        String subject = keycloakUser("nora", "Nora", "Keycloak", "nora@example.org", PASSWORD, "therapist");

        driver.get(url("/"));
        keycloakLogin().submit("nora", PASSWORD);

        assertThat(waitFor(By.id("dashboard")).getText()).contains("Welcome, Nora Keycloak");
        Account provisioned = links.findBySubject(subject).orElseThrow();
        assertThat(provisioned.id()).isNotEqualTo(namesake);
        assertThat(provisioned.username()).isEqualTo("nora-2");
        assertThat(provisioned.role()).isEqualTo(Role.THERAPIST);
        assertThat(provisioned.email()).isEqualTo("nora@example.org");
        assertThat(links.subjectOf(namesake)).isEmpty();
        assertThat(audit.latest(0, 20)).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("account.provision");
            assertThat(e.recordId()).isEqualTo(provisioned.id().toString());
        });
    }

    @Test
    void an_admin_creates_a_therapist_in_keycloak_who_sets_a_password_through_mutuals_link_and_signs_in() {
        driver.get(url("/admin/users"));
        keycloakLogin().submit("admin", DemoData.PASSWORD);
        waitFor(By.id("user-grid"));

        click(waitFor(By.id("new-account")));
        type("account-username", "ssotherapist");
        type("account-display-name", "Nadine Newman");
        type("account-email", "nadine@example.org");
        click(waitFor(By.id("account-save")));
        waitUpTo(30).until(d -> !String.valueOf(
                d.findElement(By.id("password-link")).getDomProperty("value")).isEmpty());
        String link = driver.findElement(By.id("password-link")).getDomProperty("value");

        Account created = accounts.findByUsername("ssotherapist").orElseThrow();
        String subject = links.subjectOf(created.id()).orElseThrow();
        try (Keycloak admin = keycloak.masterAdmin()) {
            UserRepresentation user = admin.realm(KeycloakServer.REALM).users().get(subject).toRepresentation();
            assertThat(user.getUsername()).isEqualTo("ssotherapist");
            assertThat(user.getEmail()).isEqualTo("nadine@example.org");
            assertThat(user.isEnabled()).isTrue();
            assertThat(realmRoles(admin, subject)).contains("therapist").doesNotContain("admin", "client");
        }

        click(waitFor(By.id("password-link-close")));
        click(waitFor(By.id("logout")));
        waitFor(By.id("signed-out"));

        SetPasswordPage page = SetPasswordPage.open(driver, link);
        page.submit(PASSWORD, PASSWORD);
        assertThat(page.doneText()).contains("ssotherapist");
        assertThat(accounts.findById(created.id()).orElseThrow().passwordHash())
                .as("the password is kept by Keycloak, not by Mutual").isNull();

        driver.get(url("/"));
        keycloakLogin().submit("ssotherapist", PASSWORD);
        assertThat(waitFor(By.id("dashboard")).getText()).contains("Welcome, Nadine Newman");
    }

    @Test
    void an_invited_client_becomes_a_keycloak_user_with_the_client_role_and_signs_in_with_their_password() {
        NewAccount invited = NewAccount.of("invitedclient", "Ines Invited", "ines@example.org", Role.CLIENT, null);
        UserId id = accounts.create(invited);
        String subject = identities.register(id, invited).orElseThrow();
        links.link(id, subject);

        try (Keycloak admin = keycloak.masterAdmin()) {
            UserRepresentation user = admin.realm(KeycloakServer.REALM).users().get(subject).toRepresentation();
            assertThat(user.getUsername()).isEqualTo("invitedclient");
            assertThat(user.getFirstName()).isEqualTo("Ines");
            assertThat(user.getLastName()).isEqualTo("Invited");
            assertThat(realmRoles(admin, subject)).contains("client").doesNotContain("therapist", "admin");
        }
        identities.setPassword(id, NewPassword.of(PASSWORD, PASSWORD));

        driver.get(url("/"));
        keycloakLogin().submit("invitedclient", PASSWORD);
        assertThat(waitFor(By.id("current-user")).getText()).isEqualTo("Ines Invited");
        waitUpTo(30).until(d -> path().equals("/my/homework"));
    }

    @Test
    void when_keycloak_sends_e_mail_a_new_person_gets_keycloaks_set_password_e_mail_instead_of_a_link() throws Exception {
        GreenMail smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try (Keycloak admin = keycloak.masterAdmin()) {
            smtpServer(admin, Map.of("host", "127.0.0.1", "port", String.valueOf(smtp.getSmtp().getPort()),
                    "from", "mutual@example.org", "fromDisplayName", "Mutual"));
            AccountService mailing = new AccountService(accounts, tokens,
                    new KeycloakIdentityProvisioning(provisioningClient, KeycloakServer.REALM, "mutual", true,
                            Duration.ofHours(72), accounts, links),
                    links, sessions, currentUser, auditLog, tx, Clock.systemUTC(), Duration.ofHours(72));
            TestUsers.signIn(accounts, "admin");

            PasswordSetup setup = mailing.create(NewAccount.of("mailedtherapist", "Mae Mailed", "mae@example.org",
                    Role.THERAPIST, null));

            assertThat(setup).isEqualTo(new PasswordEmailSent(setup.account(), "mailedtherapist", "mae@example.org"));
            assertThat(smtp.waitForIncomingEmail(30_000, 1)).isTrue();
            MimeMessage mail = smtp.getReceivedMessages()[0];
            assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("mae@example.org");
            assertThat(GreenMailUtil.getBody(mail)).contains(keycloak.issuer() + "/login-actions/action-token");
            String subject = links.subjectOf(setup.account()).orElseThrow();
            assertThat(realmRoles(admin, subject)).contains("therapist");
        } finally {
            TestUsers.signOut();
            try (Keycloak admin = keycloak.masterAdmin()) {
                smtpServer(admin, Map.of());
            }
            smtp.stop();
        }
    }

    private static void smtpServer(Keycloak admin, Map<String, String> settings) {
        RealmRepresentation change = new RealmRepresentation();
        change.setSmtpServer(settings);
        admin.realm(KeycloakServer.REALM).update(change);
    }

    private String path() {
        return URI.create(driver.getCurrentUrl()).getPath();
    }

    private static List<String> realmRoles(Keycloak admin, String subject) {
        return admin.realm(KeycloakServer.REALM).users().get(subject).roles().realmLevel().listEffective().stream()
                .map(RoleRepresentation::getName).toList();
    }

    /** A person at Keycloak only (not in Mutual), with a password and the given realm roles. */
    private String keycloakUser(String username, String first, String last, String email, String password,
                                String... realmRoles) {
        try (Keycloak admin = keycloak.masterAdmin()) {
            RealmResource realm = admin.realm(KeycloakServer.REALM);
            UserRepresentation user = new UserRepresentation();
            user.setUsername(username);
            user.setFirstName(first);
            user.setLastName(last);
            user.setEmail(email);
            user.setEmailVerified(true);
            user.setEnabled(true);
            String id;
            try (Response response = realm.users().create(user)) {
                id = CreatedResponseUtil.getCreatedId(response);
            }
            CredentialRepresentation credential = new CredentialRepresentation();
            credential.setType(CredentialRepresentation.PASSWORD);
            credential.setValue(password);
            credential.setTemporary(false);
            realm.users().get(id).resetPassword(credential);
            for (String role : realmRoles) {
                realm.users().get(id).roles().realmLevel().add(List.of(realm.roles().get(role).toRepresentation()));
            }
            return id;
        }
    }
}
