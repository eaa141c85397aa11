package org.mutual.domain.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mutual.domain.base.BarrierPattern;
import org.mutual.domain.base.ValidationException;

class IntakeFormTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    static final String KEY = UUID.randomUUID().toString();

    static IntakeForm form(String name, String reason) {
        return IntakeForm.of(name, "Robin", "robin@example.org", null, reason, Set.of(BarrierPattern.CARETAKING),
                Set.of(DayOfWeek.TUESDAY), Set.of(DayPart.EVENING), true, KEY, TODAY);
    }

    @Test
    void a_complete_form_keeps_its_fields_trimmed() {
        IntakeForm form = IntakeForm.of("  Robin Example ", "Robin", "robin@example.org", "+41 44 000 00 00",
                " I want to ask for help more often. ", Set.of(BarrierPattern.SELF_SUFFICIENCY),
                Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY), Set.of(DayPart.MORNING), true, KEY, TODAY);

        assertThat(form.contact().legalName()).isEqualTo("Robin Example");
        assertThat(form.reason()).isEqualTo("I want to ask for help more often.");
        assertThat(form.patterns()).containsExactly(BarrierPattern.SELF_SUFFICIENCY);
        assertThat(form.days()).containsExactly(DayOfWeek.MONDAY, DayOfWeek.TUESDAY);
        assertThat(form.idempotencyKey()).isEqualTo(KEY);
    }

    @Test
    void an_empty_form_names_every_required_field_at_once() {
        assertThatThrownBy(() -> IntakeForm.of("", " ", "", null, "", null, null, null, false, KEY, TODAY))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.byField())
                        .containsOnlyKeys("legalName", "preferredName", "email", "reason", "consent"));
    }

    @Test
    void consent_is_required() {
        assertThatThrownBy(() -> IntakeForm.of("Robin", "Robin", "robin@example.org", null, "Hello", Set.of(),
                Set.of(), Set.of(), false, KEY, TODAY))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.byField().get("consent")
                        .messageKey()).isEqualTo("intake.consent-required"));
    }

    @Test
    void a_megabyte_of_text_is_refused_with_the_limit() {
        String huge = "a".repeat(1024 * 1024);
        assertThatThrownBy(() -> form("Robin", huge)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.byField().get("reason").messageKey()).isEqualTo("validation.too-long"));
        assertThatThrownBy(() -> form(huge, "Hello")).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.byField().get("legalName").messageKey()).isEqualTo("validation.too-long"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Robin\u0000", "Ro\u0007bin", "Robin\u001b[31m"})
    void control_characters_including_nul_are_refused(String name) {
        assertThatThrownBy(() -> form(name, "Hello")).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.byField().get("legalName").messageKey()).isEqualTo("validation.control-characters"));
        assertThatThrownBy(() -> form("Robin", name)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.byField().get("reason").messageKey()).isEqualTo("validation.control-characters"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "'; DROP TABLE client; --",
            "Nöémi 🌱 Åsa", "רובין כהן", "Line one\nline two\ttabbed"})
    void markup_sql_emoji_and_right_to_left_text_are_kept_as_typed(String text) {
        IntakeForm form = form(text.replace("\n", " ").replace("\t", " "), text);

        assertThat(form.reason()).isEqualTo(text);
    }

    @Test
    void a_missing_or_malformed_form_key_asks_for_a_reload() {
        assertThatThrownBy(() -> IntakeForm.of("Robin", "Robin", "robin@example.org", null, "Hello", Set.of(),
                Set.of(), Set.of(), true, "'; DROP TABLE intake; --", TODAY))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.byField().get("idempotencyKey")
                        .messageKey()).isEqualTo("intake.form-expired"));
    }

    @Test
    void a_malformed_email_or_phone_is_refused() {
        assertThatThrownBy(() -> IntakeForm.of("Robin", "Robin", "robin", "call me", "Hello", Set.of(), Set.of(),
                Set.of(), true, KEY, TODAY)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.byField()).containsOnlyKeys("email", "phone"));
    }
}
