package org.mutual.domain.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.mutual.domain.base.ValidationException;

class ClientDraftTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 15);

    @Test
    void valid_client_is_trimmed_and_blank_optional_fields_become_null() {
        ClientDraft draft = ClientDraft.of("  Maria Lopez Garcia ", " Maria ", " maria@example.org ", "  ", null, " ",
                TODAY);

        assertThat(draft.legalName()).isEqualTo("Maria Lopez Garcia");
        assertThat(draft.preferredName()).isEqualTo("Maria");
        assertThat(draft.email()).isEqualTo("maria@example.org");
        assertThat(draft.phone()).isNull();
        assertThat(draft.dateOfBirth()).isNull();
        assertThat(draft.emergencyContact()).isNull();
    }

    @Test
    void missing_names_and_email_are_all_reported_at_once() {
        assertThatThrownBy(() -> ClientDraft.of(" ", null, "", null, null, null, TODAY))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.byField()).containsOnlyKeys("legalName", "preferredName", "email");
                    assertThat(e.errors()).extracting(ValidationException.FieldError::messageKey)
                            .containsOnly("validation.required");
                });
    }

    @Test
    void malformed_email_is_refused() {
        for (String email : new String[] {"maria", "maria@example", "maria @example.org", "a@b@c.org"}) {
            assertThatThrownBy(() -> ClientDraft.of("Maria", "Maria", email, null, null, null, TODAY))
                    .as(email)
                    .isInstanceOfSatisfying(ValidationException.class,
                            e -> assertThat(e.byField().get("email").messageKey()).isEqualTo("validation.email"));
        }
    }

    @Test
    void phone_allows_digits_spaces_plus_brackets_and_dashes_only() {
        assertThat(ClientDraft.of("M", "M", "m@example.org", " +34 (91) 555-01-23 ", null, null, TODAY).phone())
                .isEqualTo("+34 (91) 555-01-23");
        for (String phone : new String[] {"call me", "555 0123 ext. 4", "+()-"}) {
            assertThatThrownBy(() -> ClientDraft.of("M", "M", "m@example.org", phone, null, null, TODAY))
                    .as(phone)
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(
                            e.byField().get("phone").messageKey()).isEqualTo("validation.phone-format"));
        }
    }

    @Test
    void date_of_birth_in_the_future_is_refused_but_today_is_accepted() {
        assertThat(ClientDraft.of("M", "M", "m@example.org", null, TODAY, null, TODAY).dateOfBirth()).isEqualTo(TODAY);
        assertThatThrownBy(() -> ClientDraft.of("M", "M", "m@example.org", null, TODAY.plusDays(1), null, TODAY))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(
                        e.byField().get("dateOfBirth").messageKey()).isEqualTo("client.date-of-birth.future"));
    }

    @Test
    void date_of_birth_before_1900_is_refused() {
        assertThat(ClientDraft.of("M", "M", "m@example.org", null, LocalDate.of(1900, 1, 1), null, TODAY)
                .dateOfBirth()).isEqualTo(LocalDate.of(1900, 1, 1));
        assertThatThrownBy(() -> ClientDraft.of("M", "M", "m@example.org", null, LocalDate.of(1899, 12, 31), null,
                TODAY))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    ValidationException.FieldError error = e.byField().get("dateOfBirth");
                    assertThat(error.messageKey()).isEqualTo("client.date-of-birth.too-early");
                    assertThat(error.args()).containsExactly(1900);
                });
    }

    @Test
    void every_field_longer_than_its_limit_is_refused() {
        String email = "m".repeat(ClientDraft.EMAIL_MAX - "@example.org".length() + 1) + "@example.org";
        assertThatThrownBy(() -> ClientDraft.of("x".repeat(121), "x".repeat(121), email, "1".repeat(41), null,
                "x".repeat(201), TODAY))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.byField()).containsOnlyKeys("legalName", "preferredName", "email", "phone",
                            "emergencyContact");
                    assertThat(e.byField().values()).extracting(ValidationException.FieldError::messageKey)
                            .containsOnly("validation.too-long");
                });
        assertThat(ClientDraft.of("x".repeat(120), "x".repeat(120), "m@example.org", "1".repeat(40), null,
                "x".repeat(200), TODAY).emergencyContact()).hasSize(200);
    }
}
