package org.mutual.domain.homework;

import java.util.List;
import java.util.Objects;
import org.mutual.domain.exercise.RecordingField;

/**
 * What a client's page of one of their homework shows: the homework, the library entries attached to
 * it and its exercise's prompts (none for homework without an exercise).
 */
public record MyHomeworkPage(Homework homework, List<Resource> attachments, List<RecordingField> prompts) {

    public MyHomeworkPage {
        Objects.requireNonNull(homework, "homework");
        attachments = List.copyOf(attachments);
        prompts = List.copyOf(prompts);
    }
}
