package org.mutual.ui.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mutual.domain.progress.Presence;

class ProgressSvgTest {

    @Test
    void a_strip_has_one_square_per_session_with_its_status_class_and_tooltip() {
        String svg = ProgressSvg.strip(List.of(Presence.ATTENDED, Presence.NOT_ON_ROSTER, Presence.UNMARKED),
                List.of("6 Jan: Attended", "13 Jan: Not a member then", "20 Jan: Attendance not taken"),
                "Ana attended 1 of 2");

        assertThat(svg).startsWith("<svg").endsWith("</svg>");
        assertThat(svg.split("<rect ", -1)).hasSize(4);
        assertThat(svg).contains("class='presence-attended'", "class='presence-not-on-roster'",
                "class='presence-unmarked'", "<title>13 Jan: Not a member then</title>", "aria-label='Ana attended 1 of 2'");
    }

    @Test
    void names_and_labels_are_escaped_so_a_member_name_cannot_inject_markup() {
        String svg = ProgressSvg.strip(List.of(Presence.ABSENT), List.of("<b>x</b>"), "O'Neil <script>");

        assertThat(svg).doesNotContain("<script>", "<b>").contains("O&#39;Neil &lt;script&gt;", "&lt;b&gt;x&lt;/b&gt;");
    }

    @Test
    void a_sparkline_draws_higher_values_higher_and_a_single_value_as_a_dot() {
        String line = ProgressSvg.sparkline(List.of(0, 27), 0, 27, "PHQ-9");
        String dot = ProgressSvg.sparkline(List.of(0.5), 0, 1, "Balance");

        assertThat(line).contains("<polyline").contains("points='3.0,21.0 93.0,3.0'");
        assertThat(dot).doesNotContain("<polyline").contains("<circle cx='48.0' cy='12.0'");
        assertThatThrownBy(() -> ProgressSvg.sparkline(List.of(), 0, 1, "x")).isInstanceOf(IllegalArgumentException.class);
    }
}
