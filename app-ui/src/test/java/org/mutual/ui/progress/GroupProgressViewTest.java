package org.mutual.ui.progress;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mutual.app.TestUsers;
import org.mutual.domain.group.GroupDraft;
import org.mutual.domain.group.GroupId;
import org.mutual.domain.group.GroupService;
import org.mutual.domain.user.AccountRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The progress page's empty states without a browser, with the real application behind it: a new
 * group with no members and no held session explains both in words instead of showing an empty table.
 */
@SpringBootTest
class GroupProgressViewTest extends SpringBrowserlessTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws IOException {
        String dir = Files.createTempDirectory("mutual-progress-ui-").toString();
        registry.add("mutual.data-dir", () -> dir);
    }

    @Autowired AccountRepository accounts;
    @Autowired GroupService groups;

    @BeforeEach
    void signInTherapist() {
        TestUsers.signIn(accounts, "therapist");
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    @Test
    void a_new_group_explains_that_nothing_was_held_and_nobody_has_joined_yet() {
        GroupId fresh = groups.create(GroupDraft.of("Monday newcomers", "Building mutual relationships", null, 8));

        navigate("groups/" + fresh + "/progress", GroupProgressView.class);

        assertThat(find(Paragraph.class).id("progress-no-sessions").getText()).contains("No session");
        assertThat(find(Paragraph.class).id("progress-no-members").getText()).contains("no current members");
        assertThat(find(NativeTable.class).all()).isEmpty();
        assertThat(find(Paragraph.class).withId("progress-clinical-hidden").all()).isEmpty();
    }
}
