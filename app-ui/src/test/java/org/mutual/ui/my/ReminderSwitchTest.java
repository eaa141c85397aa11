package org.mutual.ui.my;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mutual.persistence.jooq.Tables.AUDIT_ENTRY;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.checkbox.Checkbox;
import java.io.IOException;
import java.nio.file.Files;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mutual.app.TestUsers;
import org.mutual.domain.client.ClientId;
import org.mutual.domain.homework.ClientAccounts;
import org.mutual.domain.reminder.ReminderRepository;
import org.mutual.domain.user.AccountRepository;
import org.mutual.ui.client.ClientView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The e-mail reminder switch without a browser, over the real application: a client turns her
 * reminders off on her sessions page, her therapist sees that on her client page and turns them
 * back on; both changes are stored and audited.
 */
@SpringBootTest
class ReminderSwitchTest extends SpringBrowserlessTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws IOException {
        String dir = Files.createTempDirectory("mutual-reminder-ui-").toString();
        registry.add("mutual.data-dir", () -> dir);
    }

    @Autowired AccountRepository accounts;
    @Autowired ClientAccounts clientAccounts;
    @Autowired ReminderRepository reminders;
    @Autowired DSLContext dsl;

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void a_client_turns_reminders_off_and_her_therapist_sees_it_and_turns_them_back_on() {
        ClientId casey = clientAccounts.clientOf(accounts.findByUsername("client").orElseThrow().id()).orElseThrow();
        TestUsers.signIn(accounts, "client");
        navigate(MySessionsView.class);
        Checkbox mine = $(Checkbox.class).id("my-email-reminders");
        assertThat(mine.getValue()).isTrue();

        test(mine).click();

        assertThat(reminders.remindersOn(casey)).isFalse();
        assertThat(audited("client.reminders.off", casey)).isEqualTo(1);

        TestUsers.signIn(accounts, "therapist");
        navigate("clients/" + casey.value(), ClientView.class);
        Checkbox theirs = $(Checkbox.class).id("client-email-reminders");
        assertThat(theirs.getValue()).isFalse();

        test(theirs).click();

        assertThat(reminders.remindersOn(casey)).isTrue();
        assertThat(audited("client.reminders.on", casey)).isEqualTo(1);
    }

    private int audited(String action, ClientId client) {
        return dsl.fetchCount(AUDIT_ENTRY, AUDIT_ENTRY.ACTION.eq(action).and(AUDIT_ENTRY.RECORD_ID.eq(client.toString()))
                .and(AUDIT_ENTRY.OUTCOME.eq("ALLOWED")));
    }
}
