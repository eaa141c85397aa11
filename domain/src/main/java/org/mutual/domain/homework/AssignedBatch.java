package org.mutual.domain.homework;

import java.util.List;

/** The stored batch of one assign action and its homework, in the order of the recipients given. */
public record AssignedBatch(AssignmentBatchId batch, List<HomeworkId> homework) {

    public AssignedBatch {
        homework = List.copyOf(homework);
    }
}
