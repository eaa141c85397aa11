package org.mutual.domain.exercise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mutual.domain.base.ValidationException;

class FieldTypeTest {

    static final List<String> RESPONSES = List.of("eager", "willing", "declined", "no answer");

    @ParameterizedTest(name = "{0} accepts \"{1}\" as {2}")
    @CsvSource(delimiter = '|', textBlock = """
            COUNTER    | 0       | 0
            COUNTER    | 999     | 999
            COUNTER    | ' 007 ' | 7
            YES_NO     | yes     | yes
            YES_NO     | no      | no
            SCALE_0_10 | 0       | 0
            SCALE_0_10 | 10      | 10
            SCALE_1_5  | 1       | 1
            SCALE_1_5  | 5       | 5
            SHORT_TEXT | ' asked for a lift '  | asked for a lift
            """)
    void a_value_that_fits_its_type_is_stored_in_its_plain_form(FieldType type, String raw, String stored) {
        assertThat(type.validate(raw, List.of())).isEqualTo(stored);
    }

    @ParameterizedTest(name = "{0} refuses \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            COUNTER    | -1
            COUNTER    | 1000
            COUNTER    | 2.5
            COUNTER    | ''
            YES_NO     | maybe
            YES_NO     | Y
            SCALE_0_10 | 11
            SCALE_0_10 | -1
            SCALE_0_10 | ten
            SCALE_1_5  | 0
            SCALE_1_5  | 6
            SHORT_TEXT | ''
            """)
    void a_value_that_does_not_fit_its_type_is_refused(FieldType type, String raw) {
        assertThatThrownBy(() -> type.validate(raw, List.of()))
                .isInstanceOfSatisfying(ValidationException.class, e ->
                        assertThat(e.byField().get("value").messageKey()).isEqualTo("record.value.invalid"));
    }

    @Test
    void a_scale_from_0_to_10_refuses_11() {
        assertThatThrownBy(() -> FieldType.SCALE_0_10.validate("11", List.of()))
                .isInstanceOf(ValidationException.class).hasMessageContaining("record.value.invalid");
    }

    @Test
    void a_choice_must_be_one_of_the_fields_choices() {
        assertThat(FieldType.CHOICE.validate("no answer", RESPONSES)).isEqualTo("no answer");
        assertThatThrownBy(() -> FieldType.CHOICE.validate("reluctant", RESPONSES))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> FieldType.CHOICE.validate("eager", null)).isInstanceOf(ValidationException.class);
    }

    @Test
    void short_text_is_at_most_200_characters_without_control_characters() {
        assertThat(FieldType.SHORT_TEXT.validate("x".repeat(200), List.of())).hasSize(200);
        assertThatThrownBy(() -> FieldType.SHORT_TEXT.validate("x".repeat(201), List.of()))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> FieldType.SHORT_TEXT.validate("two\nlines", List.of()))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> FieldType.SHORT_TEXT.validate("nul\u0000", List.of()))
                .isInstanceOf(ValidationException.class);
    }
}
