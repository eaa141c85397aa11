package org.mutual.domain.homework;

import java.time.Clock;
import java.util.List;
import org.mutual.domain.audit.Audit;
import org.mutual.domain.base.AccessDeniedException;
import org.mutual.domain.base.NotFoundException;
import org.mutual.domain.base.Transactions;
import org.mutual.domain.user.AppUser;
import org.mutual.domain.user.CurrentUser;
import org.mutual.domain.user.Role;

/**
 * The library for therapists (list, add, archive) and resource downloads: therapists open any entry,
 * a client only an entry attached to homework of their own. Downloads and refusals are audited.
 */
public final class ResourceService {

    static final String RECORD = "resource";

    private final ResourceRepository resources;
    private final ClientAccounts clientAccounts;
    private final CurrentUser currentUser;
    private final Audit audit;
    private final Transactions tx;
    private final Clock clock;

    public ResourceService(ResourceRepository resources, ClientAccounts clientAccounts, CurrentUser currentUser,
                           Audit audit, Transactions tx, Clock clock) {
        this.resources = resources;
        this.clientAccounts = clientAccounts;
        this.currentUser = currentUser;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * Adds an entry with an optional PDF.
     *
     * @throws org.mutual.domain.base.ValidationException with every broken rule of the draft
     */
    public ResourceId create(ResourceDraft draft, ResourceFile file) {
        AppUser user = requireTherapist("resource.write");
        ResourceDraft checked = draft.checked(file != null);
        return tx.inTransaction(() -> {
            ResourceId id = resources.create(checked, file, user.id(), clock.instant());
            audit.allowed("resource.write", RECORD, id);
            return id;
        });
    }

    public void archive(ResourceId id, int expectedVersion) {
        requireTherapist("resource.write");
        tx.run(() -> {
            resources.archive(id, expectedVersion);
            audit.allowed("resource.write", RECORD, id);
        });
    }

    public List<Resource> search(String text, int offset, int limit) {
        requireTherapist("resource.list");
        return resources.search(text, offset, limit);
    }

    public int count(String text) {
        requireTherapist("resource.list");
        return resources.count(text);
    }

    /**
     * The PDF of an entry for the current user: a therapist, or a client with homework carrying it.
     *
     * @throws AccessDeniedException (audited) for anyone else
     * @throws NotFoundException when the entry has no file
     */
    public ResourceFile download(ResourceId id) {
        AppUser user = currentUser.require();
        boolean allowed = switch (user.role()) {
            case THERAPIST -> true;
            case CLIENT -> clientAccounts.clientOf(user.id())
                    .map(client -> resources.attachedForClient(id, client)).orElse(false);
            case ADMIN -> false;
        };
        if (!allowed) {
            audit.denied("resource.read", RECORD, id);
            throw new AccessDeniedException(RECORD, id);
        }
        ResourceFile file = resources.file(id).orElseThrow(() -> new NotFoundException(RECORD, id));
        audit.allowed("resource.read", RECORD, id);
        return file;
    }

    private AppUser requireTherapist(String action) {
        AppUser user = currentUser.require();
        if (!user.is(Role.THERAPIST)) {
            audit.denied(action, RECORD, "library");
            throw new AccessDeniedException(RECORD, "library");
        }
        return user;
    }
}
