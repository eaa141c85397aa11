package org.mutual.ui.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mutual.app.TestUsers;
import org.mutual.domain.calendar.CalendarFeedService;
import org.mutual.domain.user.AccountRepository;
import org.mutual.domain.user.OneTimeToken;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The calendar link panel as the demo therapist uses it, without a browser: create a link and see it
 * once, come back to "active", replace it after confirming, turn it off after confirming.
 */
@SpringBootTest(properties = "mutual.public-url=https://mutual.example.org/")
class CalendarFeedPanelTest extends SpringBrowserlessTest {

    static final String PREFIX = "https://mutual.example.org/calendar/";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("mutual.data-dir", () -> {
            try {
                return Files.createTempDirectory("mutual-panel-test-").toString();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Autowired ApplicationContext context;
    @Autowired AccountRepository accounts;
    @Autowired CalendarFeedService feeds;

    @BeforeEach
    void signIn() {
        TestUsers.signIn(accounts, "therapist");
        if (feeds.myLinkIssuedAt().isPresent()) {
            feeds.revoke();
        }
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    CalendarFeedPanel showPanel() {
        UI.getCurrent().removeAll();
        CalendarFeedPanel panel = context.getBean(CalendarFeedPanel.class);
        UI.getCurrent().add(panel);
        return panel;
    }

    String shownToken() {
        String url = $(TextField.class).id("calendar-feed-url").getValue();
        assertThat(url).startsWith(PREFIX).endsWith(".ics");
        return url.substring(PREFIX.length(), url.length() - ".ics".length());
    }

    @Test
    void a_new_link_is_shown_once_as_a_full_address_that_opens_the_feed() {
        showPanel();
        assertThat($(TextField.class).all()).isEmpty();

        test($(Button.class).id("calendar-feed-create")).click();

        String token = shownToken();
        assertThat(OneTimeToken.wellFormed(token)).isTrue();
        assertThat($(TextField.class).id("calendar-feed-url").isReadOnly()).isTrue();
        assertThat($(Paragraph.class).id("calendar-feed-once").getText()).contains("shown only now");
        assertThat(feeds.feed(token)).isPresent();

        showPanel();
        assertThat($(TextField.class).all()).as("the address can't be shown again").isEmpty();
        assertThat($(Paragraph.class).id("calendar-feed-active").getText()).startsWith("Your calendar link is active");
        assertThat($(Button.class).all()).extracting(Button::getId).extracting(o -> o.orElse(""))
                .contains("calendar-feed-regenerate", "calendar-feed-revoke")
                .doesNotContain("calendar-feed-create");
    }

    @Test
    void a_new_link_after_confirming_replaces_the_old_one() {
        showPanel();
        test($(Button.class).id("calendar-feed-create")).click();
        String old = shownToken();
        showPanel();

        test($(Button.class).id("calendar-feed-regenerate")).click();
        ConfirmDialog confirm = $(ConfirmDialog.class).id("calendar-feed-regenerate-dialog");
        assertThat(test(confirm).getText()).contains("old link stops working");
        test($(Button.class).id("calendar-feed-regenerate-confirm")).click();

        String current = shownToken();
        assertThat(current).isNotEqualTo(old);
        assertThat(feeds.feed(old)).isEmpty();
        assertThat(feeds.feed(current)).isPresent();
        assertThat(confirm.isOpened()).isFalse();
    }

    @Test
    void cancelling_the_confirmation_keeps_the_link_and_turning_off_ends_it() {
        showPanel();
        test($(Button.class).id("calendar-feed-create")).click();
        String token = shownToken();

        test($(Button.class).id("calendar-feed-revoke")).click();
        test($(ConfirmDialog.class).id("calendar-feed-revoke-dialog")).cancel();
        assertThat(feeds.feed(token)).isPresent();

        test($(Button.class).id("calendar-feed-revoke")).click();
        assertThat($(ConfirmDialog.class).id("calendar-feed-revoke-dialog").isOpened()).isTrue();
        test($(Button.class).id("calendar-feed-revoke-confirm")).click();

        assertThat(feeds.feed(token)).isEmpty();
        assertThat($(Button.class).id("calendar-feed-create").isVisible()).isTrue();
        assertThat($(TextField.class).all()).isEmpty();
    }
}
