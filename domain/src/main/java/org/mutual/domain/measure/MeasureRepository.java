package org.mutual.domain.measure;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.mutual.domain.client.ClientId;
import org.mutual.domain.group.GroupId;
import org.mutual.domain.user.UserId;

/** Port: schedules, responses and safety alerts. Nothing here is ever deleted. */
public interface MeasureRepository {

    ScheduleId createSchedule(NewSchedule schedule);

    /** The group's schedules, newest first, each with the session it was last released for. */
    List<MeasureSchedule> schedulesOfGroup(GroupId group);

    /** Every every-Nth-session schedule of every group, in one query: what the release run walks. */
    List<MeasureSchedule> recurringSchedules();

    /**
     * Stores the occurrence and one pending response per client (in one statement), even for no
     * client, so the count of sessions moves on. A release for a session the schedule already has
     * is ignored, which makes two release runs at once harmless.
     *
     * @return the responses created
     */
    int release(Release release, List<ClientId> clients);

    Optional<MeasureResponse> findResponse(ResponseId id);

    /**
     * Stores status, answers and submission time and increments the version.
     *
     * @throws org.mutual.domain.base.ConcurrentEditException when the stored version is not
     *         {@code expectedVersion}; nothing is written then
     * @throws org.mutual.domain.base.NotFoundException when there is no such response
     */
    void updateResponse(MeasureResponse response, int expectedVersion);

    /** The client's pending responses, earliest due first, in one query. */
    List<MeasureResponse> pendingOf(ClientId client);

    /** One page of the client's submitted responses, latest first, in one query. */
    List<MeasureResponse> submittedOf(ClientId client, int offset, int limit);

    int countSubmittedOf(ClientId client);

    /** The client's submitted responses given in these groups, oldest first, in one query. */
    List<MeasureResponse> submittedOf(ClientId client, Collection<GroupId> groups);

    /**
     * Raises the alert for the response unless it has one already.
     *
     * @return the new alert, or empty when the response had one
     */
    Optional<SafetyAlert> raiseAlert(ResponseId response, Instant at);

    Optional<SafetyAlert> findAlert(SafetyAlertId id);

    /** Unacknowledged alerts of every group the therapist facilitates, oldest first, in one query. */
    List<SafetyAlert> openAlertsFor(UserId therapist);

    /**
     * Records who acknowledged the alert and when.
     *
     * @return false when it was already acknowledged (nothing is changed then)
     */
    boolean acknowledge(SafetyAlertId id, UserId by, Instant at);
}
