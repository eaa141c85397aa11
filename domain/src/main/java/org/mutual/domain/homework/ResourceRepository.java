package org.mutual.domain.homework;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.mutual.domain.client.ClientId;
import org.mutual.domain.user.UserId;

/** Port: the resource library and which homework carries which resource. Entries are archived, never deleted. */
public interface ResourceRepository {

    ResourceId create(ResourceDraft draft, ResourceFile file, UserId by, java.time.Instant at);

    Optional<Resource> find(ResourceId id);

    /** One page of live entries whose title or author contains {@code text} (any case), by title. */
    List<Resource> search(String text, int offset, int limit);

    int count(String text);

    /** Every live entry with one of the ids, in one query. */
    List<Resource> findAll(Set<ResourceId> ids);

    /**
     * @throws org.mutual.domain.base.ConcurrentEditException when the stored version is not
     *         {@code expectedVersion}
     */
    void archive(ResourceId id, int expectedVersion);

    /** The uploaded PDF of the entry, if it has one. */
    Optional<ResourceFile> file(ResourceId id);

    /** Attaches the entries to every homework of the batch. */
    void attach(AssignmentBatchId batch, Set<ResourceId> resources);

    /** The entries attached to the homework, by title, in one query. */
    List<Resource> ofHomework(HomeworkId homework);

    /** Whether the resource is attached to any homework of the client. */
    boolean attachedForClient(ResourceId resource, ClientId client);
}
