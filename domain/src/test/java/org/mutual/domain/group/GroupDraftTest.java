package org.mutual.domain.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.mutual.domain.base.ValidationException;

class GroupDraftTest {

    @Test
    void valid_group_is_trimmed() {
        GroupDraft draft = GroupDraft.of("  Tuesday evening  ", " Building mutual relationships ", "  ", 8);

        assertThat(draft.name()).isEqualTo("Tuesday evening");
        assertThat(draft.focus()).isEqualTo("Building mutual relationships");
        assertThat(draft.description()).isNull();
        assertThat(draft.capacity()).isEqualTo(8);
    }

    @Test
    void missing_name_and_focus_are_both_reported() {
        assertThatThrownBy(() -> GroupDraft.of(" ", null, null, 8))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.byField()).containsOnlyKeys("name", "focus");
                    assertThat(e.byField().get("name").messageKey()).isEqualTo("validation.required");
                });
    }

    @Test
    void capacity_outside_one_to_thirty_is_refused() {
        assertThat(GroupDraft.of("A", "B", null, 1).capacity()).isEqualTo(1);
        assertThat(GroupDraft.of("A", "B", null, 30).capacity()).isEqualTo(30);
        for (Integer capacity : new Integer[] {0, 31, -5, null}) {
            assertThatThrownBy(() -> GroupDraft.of("A", "B", null, capacity))
                    .isInstanceOfSatisfying(ValidationException.class,
                            e -> assertThat(e.byField()).containsOnlyKeys("capacity"));
        }
    }

    @Test
    void overlong_name_is_refused() {
        String tooLong = "x".repeat(GroupDraft.NAME_MAX + 1);
        assertThatThrownBy(() -> GroupDraft.of(tooLong, "focus", null, 8))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.byField().get("name").messageKey()).isEqualTo("validation.too-long"));
    }

    @Test
    void control_characters_are_refused_but_line_breaks_are_text() {
        assertThatThrownBy(() -> GroupDraft.of("bad\u0000name", "focus", null, 8))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.byField().get("name").messageKey()).isEqualTo("validation.control-characters"));
        assertThat(GroupDraft.of("ok", "focus", "line one\nline two", 8).description()).contains("\n");
    }
}
