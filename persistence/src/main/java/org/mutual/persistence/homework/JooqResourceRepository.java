package org.mutual.persistence.homework;

import static org.mutual.persistence.jooq.Tables.HOMEWORK;
import static org.mutual.persistence.jooq.Tables.HOMEWORK_BATCH_RESOURCE;
import static org.mutual.persistence.jooq.Tables.RESOURCE;
import static org.mutual.persistence.jooq.Tables.RESOURCE_FILE;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.mutual.domain.base.ConcurrentEditException;
import org.mutual.domain.base.NotFoundException;
import org.mutual.domain.client.ClientId;
import org.mutual.domain.homework.AssignmentBatchId;
import org.mutual.domain.homework.HomeworkId;
import org.mutual.domain.homework.Resource;
import org.mutual.domain.homework.ResourceDraft;
import org.mutual.domain.homework.ResourceFile;
import org.mutual.domain.homework.ResourceId;
import org.mutual.domain.homework.ResourceRepository;
import org.mutual.domain.user.UserId;
import org.mutual.persistence.base.Like;
import org.mutual.persistence.base.Timestamps;
import org.mutual.persistence.jooq.tables.records.ResourceRecord;
import org.springframework.stereotype.Repository;

@Repository
public class JooqResourceRepository implements ResourceRepository {

    private final DSLContext dsl;

    public JooqResourceRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public ResourceId create(ResourceDraft draft, ResourceFile file, UserId by, Instant at) {
        long id = dsl.insertInto(RESOURCE)
                .set(RESOURCE.TITLE, draft.title())
                .set(RESOURCE.AUTHOR, draft.author())
                .set(RESOURCE.LINK, draft.link())
                .set(RESOURCE.NOTE, draft.note())
                .set(RESOURCE.FILE_NAME, file == null ? null : file.name())
                .set(RESOURCE.FILE_SIZE, file == null ? 0L : file.size())
                .set(RESOURCE.CREATED_BY, by.value())
                .set(RESOURCE.CREATED_AT, Timestamps.toDb(at))
                .returningResult(RESOURCE.ID)
                .fetchSingle(RESOURCE.ID);
        if (file != null) {
            dsl.insertInto(RESOURCE_FILE)
                    .set(RESOURCE_FILE.RESOURCE_ID, id)
                    .set(RESOURCE_FILE.CONTENT, file.content())
                    .execute();
        }
        return new ResourceId(id);
    }

    @Override
    public Optional<Resource> find(ResourceId id) {
        return dsl.selectFrom(RESOURCE).where(RESOURCE.ID.eq(id.value())).fetchOptional(JooqResourceRepository::toResource);
    }

    @Override
    public List<Resource> search(String text, int offset, int limit) {
        return dsl.selectFrom(RESOURCE)
                .where(matching(text))
                .orderBy(DSL.lower(RESOURCE.TITLE), RESOURCE.ID)
                .offset(offset)
                .limit(limit)
                .fetch(JooqResourceRepository::toResource);
    }

    @Override
    public int count(String text) {
        return dsl.fetchCount(RESOURCE, matching(text));
    }

    @Override
    public List<Resource> findAll(Set<ResourceId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return dsl.selectFrom(RESOURCE)
                .where(RESOURCE.ID.in(ids.stream().map(ResourceId::value).toList()))
                .and(RESOURCE.ARCHIVED.isFalse())
                .orderBy(DSL.lower(RESOURCE.TITLE))
                .fetch(JooqResourceRepository::toResource);
    }

    @Override
    public void archive(ResourceId id, int expectedVersion) {
        int updated = dsl.update(RESOURCE)
                .set(RESOURCE.ARCHIVED, true)
                .set(RESOURCE.VERSION, RESOURCE.VERSION.plus(1))
                .where(RESOURCE.ID.eq(id.value()))
                .and(RESOURCE.VERSION.eq(expectedVersion))
                .execute();
        if (updated == 0) {
            if (dsl.fetchExists(RESOURCE, RESOURCE.ID.eq(id.value()))) {
                throw new ConcurrentEditException("resource", id);
            }
            throw new NotFoundException("resource", id);
        }
    }

    @Override
    public Optional<ResourceFile> file(ResourceId id) {
        return dsl.select(RESOURCE.FILE_NAME, RESOURCE_FILE.CONTENT)
                .from(RESOURCE_FILE)
                .join(RESOURCE).on(RESOURCE.ID.eq(RESOURCE_FILE.RESOURCE_ID))
                .where(RESOURCE_FILE.RESOURCE_ID.eq(id.value()))
                .fetchOptional(r -> ResourceFile.pdf(r.value1(), r.value2()));
    }

    @Override
    public void attach(AssignmentBatchId batch, Set<ResourceId> resources) {
        var insert = dsl.insertInto(HOMEWORK_BATCH_RESOURCE, HOMEWORK_BATCH_RESOURCE.BATCH_ID,
                HOMEWORK_BATCH_RESOURCE.RESOURCE_ID);
        for (ResourceId resource : resources) {
            insert = insert.values(batch.value(), resource.value());
        }
        insert.execute();
    }

    /** {@inheritDoc} Archived entries stay visible on homework that already carries them. */
    @Override
    public List<Resource> ofHomework(HomeworkId homework) {
        return dsl.select(RESOURCE.fields())
                .from(RESOURCE)
                .join(HOMEWORK_BATCH_RESOURCE).on(HOMEWORK_BATCH_RESOURCE.RESOURCE_ID.eq(RESOURCE.ID))
                .join(HOMEWORK).on(HOMEWORK.BATCH_ID.eq(HOMEWORK_BATCH_RESOURCE.BATCH_ID))
                .where(HOMEWORK.ID.eq(homework.value()))
                .orderBy(DSL.lower(RESOURCE.TITLE), RESOURCE.ID)
                .fetch(r -> toResource(r.into(RESOURCE)));
    }

    @Override
    public boolean attachedForClient(ResourceId resource, ClientId client) {
        return dsl.fetchExists(DSL.selectOne()
                .from(HOMEWORK_BATCH_RESOURCE)
                .join(HOMEWORK).on(HOMEWORK.BATCH_ID.eq(HOMEWORK_BATCH_RESOURCE.BATCH_ID))
                .where(HOMEWORK_BATCH_RESOURCE.RESOURCE_ID.eq(resource.value()))
                .and(HOMEWORK.CLIENT_ID.eq(client.value())));
    }

    private static Condition matching(String text) {
        Condition live = RESOURCE.ARCHIVED.isFalse();
        if (text == null || text.isBlank()) {
            return live;
        }
        return live.and(Like.contains(RESOURCE.TITLE, text.strip()).or(Like.contains(RESOURCE.AUTHOR, text.strip())));
    }

    private static Resource toResource(ResourceRecord r) {
        return new Resource(new ResourceId(r.getId()), r.getTitle(), r.getAuthor(), r.getLink(), r.getNote(),
                r.getFileName(), r.getFileSize(), new UserId(r.getCreatedBy()), Timestamps.fromDb(r.getCreatedAt()),
                r.getArchived(), r.getVersion());
    }
}
