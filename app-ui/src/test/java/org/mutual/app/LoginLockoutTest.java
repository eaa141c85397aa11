package org.mutual.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.mutual.domain.user.Account;
import org.mutual.domain.user.AccountRepository;
import org.mutual.domain.user.NewAccount;
import org.mutual.domain.user.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Local sign-in over real HTTP: five wrong passwords lock the account (the right password is then
 * refused too), and a wrong password, an unknown username and a locked account get the very same
 * answer, so the login page tells an attacker nothing about which accounts exist.
 */
class LoginLockoutTest extends RunningAppTest {

    static final String PASSWORD = "a-long-enough-password";

    @Autowired AccountRepository accounts;
    @Autowired PasswordEncoder encoder;

    @Test
    void five_failures_lock_the_account_and_every_failure_looks_the_same() {
        String username = "lockout" + System.nanoTime() % 100000;
        accounts.create(NewAccount.of(username, "Lock Out", username + "@example.org", Role.THERAPIST,
                encoder.encode(PASSWORD)));

        // Four failures and a success: the count starts again.
        for (int i = 0; i < 4; i++) {
            assertFailed(new HttpVisitor(this).signIn(username, "wrong-" + i));
        }
        assertSignedIn(new HttpVisitor(this).signIn(username, PASSWORD));
        assertThat(account(username).failedLogins()).isZero();

        HttpResponse<String> wrongPassword = null;
        for (int i = 0; i < 5; i++) {
            wrongPassword = new HttpVisitor(this).signIn(username, "wrong-" + i);
            assertFailed(wrongPassword);
        }
        assertThat(account(username).lockedAt(Instant.now())).isTrue();

        HttpResponse<String> locked = new HttpVisitor(this).signIn(username, PASSWORD);
        HttpResponse<String> unknown = new HttpVisitor(this).signIn("nobody-by-this-name", PASSWORD);
        assertFailed(locked);
        assertFailed(unknown);
        assertThat(locked.headers().firstValue("Location")).isEqualTo(wrongPassword.headers().firstValue("Location"))
                .isEqualTo(unknown.headers().firstValue("Location"));
        assertThat(locked.body()).isEqualTo(wrongPassword.body()).isEqualTo(unknown.body());

    }

    private Account account(String username) {
        return accounts.findByUsername(username).orElseThrow();
    }

    private static void assertFailed(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).get().asString().endsWith("/login?error");
    }

    private static void assertSignedIn(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).get().asString().doesNotContain("/login");
    }
}
