package org.mutual.domain.homework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class HomeworkCountsTest {

    @Test
    void assigned_homework_is_open_and_submitted_or_reviewed_homework_is_done() {
        HomeworkCounts counts = HomeworkCounts.of(Map.of(HomeworkStatus.ASSIGNED, 3, HomeworkStatus.SUBMITTED, 2,
                HomeworkStatus.REVIEWED, 4));

        assertThat(counts).isEqualTo(new HomeworkCounts(3, 6));
        assertThat(counts.total()).isEqualTo(9);
    }

    @Test
    void a_status_without_homework_counts_none() {
        assertThat(HomeworkCounts.of(Map.of())).isEqualTo(new HomeworkCounts(0, 0));
        assertThat(HomeworkCounts.of(Map.of(HomeworkStatus.REVIEWED, 1))).isEqualTo(new HomeworkCounts(0, 1));
    }
}
