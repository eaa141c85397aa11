package org.mutual.domain.homework;

/** A submitted homework on a therapist's review list, with the member's preferred name and the group's name. */
public record ReviewItem(Homework homework, String member, String group) {
}
