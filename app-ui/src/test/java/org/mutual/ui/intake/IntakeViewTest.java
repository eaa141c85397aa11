package org.mutual.ui.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Div;
import java.io.IOException;
import java.nio.file.Files;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The public form without a browser, over the real application with a limit of two requests an
 * hour: field messages for hostile input, the honeypot's pretend success, and the polite refusal
 * once the limit is reached.
 */
@SpringBootTest
class IntakeViewTest extends SpringBrowserlessTest {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws IOException {
        String dir = Files.createTempDirectory("mutual-intake-ui-").toString();
        registry.add("mutual.data-dir", () -> dir);
        registry.add("mutual.intake.max-per-hour", () -> "2");
    }

    @Autowired DSLContext dsl;

    IntakeView filledForm(String preferredName) {
        // Navigating to the route that is showing keeps its view: leave first to get a fresh form.
        navigate(org.mutual.ui.login.SignedOutView.class);
        IntakeView view = navigate(IntakeView.class);
        view.name.setValue(preferredName + " Example");
        view.preferredName.setValue(preferredName);
        view.email.setValue(preferredName.toLowerCase() + "@example.org");
        view.reason.setValue("I'd like to get better at asking for help.");
        view.consent.setValue(true);
        return view;
    }

    int rows() {
        return dsl.fetchCount(DSL.table("intake"));
    }

    boolean thanksShown() {
        return !$(Div.class).withId("intake-thanks").all().isEmpty();
    }

    @Test
    void hostile_input_gets_messages_next_to_its_fields_and_nothing_is_stored() {
        int before = rows();
        IntakeView view = filledForm("Hostile");
        view.name.setValue("Robin\u0000Example");
        view.reason.setValue("x".repeat(1024 * 1024));
        view.consent.setValue(false);

        test(view.submit).click();

        assertThat(view.name.isInvalid()).isTrue();
        assertThat(view.name.getErrorMessage()).isEqualTo("Contains characters that can't be stored");
        assertThat(view.reason.getErrorMessage()).isEqualTo("At most 4,000 characters");
        assertThat(view.consent.getErrorMessage()).isEqualTo("Please agree so that we can get back to you");
        assertThat(view.submit.isEnabled()).as("usable again after a refusal").isTrue();
        assertThat(thanksShown()).isFalse();
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void a_filled_honeypot_shows_the_thanks_and_stores_nothing_then_the_third_request_is_refused_politely() {
        int before = rows();
        IntakeView trap = filledForm("Bot");
        trap.honeypot.setValue("http://spam.example");
        test(trap.submit).click();
        assertThat(thanksShown()).isTrue();
        assertThat(rows()).isEqualTo(before);

        test(filledForm("First").submit).click();
        assertThat(thanksShown()).isTrue();
        test(filledForm("Second").submit).click();
        assertThat(thanksShown()).isTrue();
        assertThat(rows()).isEqualTo(before + 2);

        IntakeView third = filledForm("Third");
        test(third.submit).click();

        assertThat(third.tooMany.isVisible()).isTrue();
        assertThat(third.tooMany.getText()).startsWith("Thank you for your interest!").contains("try again in an hour");
        assertThat(thanksShown()).isFalse();
        assertThat(third.submit.isEnabled()).isTrue();
        assertThat(rows()).isEqualTo(before + 2);
    }
}
