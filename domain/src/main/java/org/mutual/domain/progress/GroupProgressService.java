package org.mutual.domain.progress;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.mutual.domain.audit.Audit;
import org.mutual.domain.base.NotFoundException;
import org.mutual.domain.group.GroupAccess;
import org.mutual.domain.group.GroupId;

/**
 * The group progress page's read. Facilitators of the group see everything; an admin sees the
 * organisational part only (sessions and attendance), like everywhere else; anyone else is refused
 * and the refusal audited. Homework, scores and exercise records are clinical: they are read only
 * for a facilitator — the same people {@link org.mutual.domain.measure.MeasureService#mayReadScores}
 * lets read a member's scores — and each such read is audited.
 */
public final class GroupProgressService {

    static final String RECORD = "progress";

    private final ProgressRepository progress;
    private final GroupAccess access;
    private final Audit audit;
    private final Clock clock;
    private final ZoneId zone;

    public GroupProgressService(ProgressRepository progress, GroupAccess access, Audit audit, Clock clock,
                                ZoneId practiceZone) {
        this.progress = progress;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
        this.zone = practiceZone;
    }

    /**
     * The group's progress, in a fixed number of queries however many sessions it has.
     *
     * @throws org.mutual.domain.base.AccessDeniedException for anyone but its facilitators and admins
     * @throws NotFoundException when there is no such group
     */
    public GroupProgress progress(GroupId group) {
        access.requireOrganisationalAccess(group, "progress.read", RECORD, "group:" + group);
        boolean clinical = access.isFacilitator(group);
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        ProgressSource source = progress.load(group, clinical, today)
                .orElseThrow(() -> new NotFoundException("group", group));
        audit.allowed("progress.read", RECORD, "group:" + group);
        if (clinical) {
            audit.allowed("homework.read", "homework", "group:" + group);
            audit.allowed("measure.read", "measure", "group:" + group);
            audit.allowed("record.read", "record", "group:" + group);
        }
        return GroupProgress.of(group, source, clinical, today, zone);
    }
}
