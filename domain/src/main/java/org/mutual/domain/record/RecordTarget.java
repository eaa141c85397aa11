package org.mutual.domain.record;

import org.mutual.domain.attendance.SessionMembers;
import org.mutual.domain.exercise.Exercise;
import org.mutual.domain.plan.PlanItem;
import org.mutual.domain.session.Session;

/**
 * Everything a write to one planned exercise's record is checked against, read in one query: the
 * plan item, its session (whose group decides who may write), the exercise with its fields, and the
 * group's people at that session (who may be recorded).
 */
public record RecordTarget(PlanItem item, Session session, Exercise exercise, SessionMembers members) {
}
