package org.mutual.domain.homework;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mutual.domain.client.ClientId;
import org.mutual.domain.group.GroupId;
import org.mutual.domain.session.SessionId;
import org.mutual.domain.user.UserId;

/** Port: homework storage. Homework is never deleted. */
public interface HomeworkRepository {

    /**
     * Stores one batch with one assigned homework per client; all the homework rows are one
     * statement. Returns the ids in the order of {@code clients}.
     */
    AssignedBatch createBatch(NewHomework homework, List<ClientId> clients);

    Optional<Homework> find(HomeworkId id);

    /**
     * Stores status, reflection, answers, feedback and review and increments the version.
     *
     * @throws org.mutual.domain.base.ConcurrentEditException when the stored version is not
     *         {@code expectedVersion}; nothing is written then
     * @throws org.mutual.domain.base.NotFoundException when there is no such homework
     */
    void update(Homework homework, int expectedVersion);

    /** One page of the client's homework, latest due date first. */
    List<Homework> ofClient(ClientId client, int offset, int limit);

    int countOfClient(ClientId client);

    /**
     * One page of the client's open homework (assigned; soonest due first) or done homework
     * (submitted or reviewed; latest due first), as a list shows them.
     */
    List<HomeworkSummary> summariesOfClient(ClientId client, boolean open, int offset, int limit);

    int countOfClient(ClientId client, boolean open);

    /** How many homework the client has in each status, in one query; statuses with none are left out. */
    Map<HomeworkStatus, Integer> countsOfClient(ClientId client);

    /**
     * The group's homework assigned in {@code previousSession} (may be null) or due in
     * [{@code from}, {@code to}], by client and due date, in one query.
     */
    List<Homework> dueAt(GroupId group, SessionId previousSession, LocalDate from, LocalDate to);

    /** Every homework of every batch of the group, in one query, by due date, batch and client. */
    List<Homework> board(GroupId group);

    /**
     * Submitted homework of every group the therapist facilitates, oldest submission first, with
     * member and group names, in one query.
     */
    List<ReviewItem> toReview(UserId therapist);

    /**
     * Per client, the status of the homework assigned in the session; when a client got several, the
     * least advanced one (so "done" means all of it is done).
     */
    Map<ClientId, HomeworkStatus> statusOfSession(SessionId session);
}
