package org.mutual.domain.homework;

import java.util.List;
import java.util.Optional;
import org.mutual.domain.client.ClientId;

/**
 * The group's homework at a glance: its current members (rows) against its batches (columns). A
 * member who joined after a batch has no cell for it; members who left are not on the board.
 */
public record HomeworkBoard(List<ClientId> members, List<Homework> homework) {

    public HomeworkBoard {
        List<ClientId> current = List.copyOf(members);
        members = current;
        homework = homework.stream().filter(h -> current.contains(h.client())).toList();
    }

    /** The batches in the order of their homework (by due date). */
    public List<AssignmentBatchId> batches() {
        return homework.stream().map(Homework::batch).distinct().toList();
    }

    public Optional<Homework> cell(ClientId member, AssignmentBatchId batch) {
        return homework.stream().filter(h -> h.client().equals(member) && h.batch().equals(batch)).findFirst();
    }
}
