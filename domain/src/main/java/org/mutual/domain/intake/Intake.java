package org.mutual.domain.intake;

import java.time.Instant;
import org.mutual.domain.base.Validator;
import org.mutual.domain.client.ClientId;
import org.mutual.domain.group.GroupId;
import org.mutual.domain.user.UserId;

/**
 * A stored submission and what became of it. {@code group} and {@code client} are set once the
 * person is invited or waitlisted; {@code declineReason} once declined; {@code decidedBy} and
 * {@code decidedAt} name the last therapist who moved it on. The transitions refuse moves
 * {@link IntakeStatus#canMoveTo} doesn't allow, with {@code intake.transition} on {@code status}.
 */
public record Intake(IntakeId id, IntakeForm form, Instant submittedAt, IntakeStatus status, GroupId group,
                     ClientId client, String declineReason, UserId decidedBy, Instant decidedAt, int version) {

    public static final int DECLINE_REASON_MAX = 1000;

    public Intake inReview(UserId by, Instant at) {
        requireMove(IntakeStatus.IN_REVIEW);
        return new Intake(id, form, submittedAt, IntakeStatus.IN_REVIEW, group, client, declineReason, by, at, version);
    }

    public Intake invited(GroupId into, ClientId as, UserId by, Instant at) {
        requireMove(IntakeStatus.INVITED);
        return new Intake(id, form, submittedAt, IntakeStatus.INVITED, into, as, null, by, at, version);
    }

    public Intake waitlisted(GroupId forGroup, ClientId as, UserId by, Instant at) {
        requireMove(IntakeStatus.WAITLISTED);
        return new Intake(id, form, submittedAt, IntakeStatus.WAITLISTED, forGroup, as, null, by, at, version);
    }

    /** Declines with a reason (required, at most {@value #DECLINE_REASON_MAX} characters, on {@code reason}). */
    public Intake declined(String reason, UserId by, Instant at) {
        Validator v = new Validator();
        v.require(status.canMoveTo(IntakeStatus.DECLINED), "status", "intake.transition");
        String clean = v.requiredText(reason, "declineReason", DECLINE_REASON_MAX);
        v.throwIfInvalid();
        return new Intake(id, form, submittedAt, IntakeStatus.DECLINED, group, client, clean, by, at, version);
    }

    private void requireMove(IntakeStatus target) {
        new Validator().require(status.canMoveTo(target), "status", "intake.transition").throwIfInvalid();
    }
}
