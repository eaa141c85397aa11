package org.mutual.domain.intake;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/** Port: intake storage and the public form's rate limit. Submissions are never deleted. */
public interface IntakeRepository {

    /**
     * Stores a new submission unless one with the same idempotency key exists (also under
     * concurrency); returns its id, or empty when it was a repeat.
     */
    Optional<IntakeId> create(IntakeForm form, String addressHash, Instant submittedAt);

    /**
     * Holds the submission lock until the transaction ends, so counting and storing one
     * submission is never interleaved with another's (on every instance sharing the database).
     * Call {@link #addressSalt} once before, so the lock's row exists.
     */
    void lockSubmissions();

    /** How many submissions came from the hashed address since {@code since}. */
    int countFrom(String addressHash, Instant since);

    Optional<Intake> find(IntakeId id);

    /** One page of the queue, newest first; an empty {@code statuses} means all. */
    List<IntakeSummary> queue(Set<IntakeStatus> statuses, int offset, int limit);

    int count(Set<IntakeStatus> statuses);

    /**
     * Stores status, group, client, decline reason and decision and increments the version.
     *
     * @throws org.mutual.domain.base.ConcurrentEditException when the stored version is not
     *         {@code expectedVersion}; nothing is written then
     * @throws org.mutual.domain.base.NotFoundException when there is no such submission
     */
    void update(Intake intake, int expectedVersion);

    /**
     * The installation's salt for hashing addresses: created once (from {@code fresh}) and then the
     * same for every instance that shares the database.
     */
    String addressSalt(Supplier<String> fresh);
}
