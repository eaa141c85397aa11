package org.mutual.domain.clientfile;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mutual.domain.audit.Audit;
import org.mutual.domain.base.AccessDeniedException;
import org.mutual.domain.base.NotFoundException;
import org.mutual.domain.client.ClientId;
import org.mutual.domain.exercise.Practice;
import org.mutual.domain.group.GroupAccess;
import org.mutual.domain.group.GroupId;
import org.mutual.domain.measure.MeasureRepository;
import org.mutual.domain.measure.MemberScores;
import org.mutual.domain.membership.MembershipPeriod;
import org.mutual.domain.membership.MembershipRepository;
import org.mutual.domain.note.Note;
import org.mutual.domain.note.NoteRepository;
import org.mutual.domain.record.ClientRecordValue;
import org.mutual.domain.record.GiveAndTake;
import org.mutual.domain.record.RecordRepository;
import org.mutual.domain.user.CurrentUser;

/**
 * Opens a client's file for staff of the client: an admin (organisational part only), or a therapist
 * facilitating one of the client's groups (with the clinical part from the groups they facilitate).
 */
public final class ClientFileService {

    static final String RECORD = "client";

    private final ClientFileRepository files;
    private final MembershipRepository memberships;
    private final MeasureRepository measures;
    private final RecordRepository records;
    private final NoteRepository notes;
    private final GroupAccess access;
    private final CurrentUser currentUser;
    private final Audit audit;
    private final ZoneId zone;

    public ClientFileService(ClientFileRepository files, MembershipRepository memberships, MeasureRepository measures,
                             RecordRepository records, NoteRepository notes, GroupAccess access,
                             CurrentUser currentUser, Audit audit, ZoneId practiceZone) {
        this.files = files;
        this.memberships = memberships;
        this.measures = measures;
        this.records = records;
        this.notes = notes;
        this.access = access;
        this.currentUser = currentUser;
        this.audit = audit;
        this.zone = practiceZone;
    }

    /**
     * The client's file: one query for the client, their memberships and their groups' held sessions,
     * and for a facilitator one query each for scores, exercise records and signed notes from the groups
     * they facilitate. Every read is audited in one statement: the file ({@code client.read}), and for a
     * facilitator the scores ({@code measure.read}), the records ({@code record.read}) and each note
     * ({@code note.read}); a refusal leaves one DENIED {@code client.read}.
     */
    public ClientFile open(ClientId id) {
        currentUser.require();
        ClientFileRepository.Stored stored = files.find(id).orElseThrow(() -> new NotFoundException(RECORD, id));
        List<GroupId> groupsOfClient = stored.memberships().stream().map(m -> m.period().group()).distinct().toList();
        if (!access.isStaffOf(groupsOfClient)) {
            audit.denied("client.read", RECORD, id);
            throw new AccessDeniedException(RECORD, id);
        }
        List<GroupId> facilitated = access.facilitatedAmong(groupsOfClient);
        Audit.Batch read = audit.batch().allowed("client.read", RECORD, id);
        Optional<ClientFile.Clinical> clinical = Optional.empty();
        if (!facilitated.isEmpty()) {
            MemberScores scores = MemberScores.of(id, measures.submittedOf(id, facilitated));
            ClinicalHistory history = history(id, facilitated);
            read.allowed("measure.read", "measure", "client:" + id)
                    .allowed("record.read", RECORD, id)
                    .allowedAll("note.read", "note", history.signedNotes().stream().map(n -> "note:" + n.id()).toList());
            clinical = Optional.of(new ClientFile.Clinical(scores, history));
        }
        read.write();

        List<ClientFile.Membership> periods = stored.memberships().stream()
                .sorted(Comparator.comparing((ClientFile.Membership m) -> m.period().joinedOn()).reversed())
                .toList();
        List<ClientFile.Attendance> attended = stored.heldSessions().stream()
                .filter(a -> stored.memberships().stream().map(ClientFile.Membership::period).anyMatch(p ->
                        p.group().equals(a.session().group()) && p.covers(a.session().localDate(zone))))
                .sorted(Comparator.comparing((ClientFile.Attendance a) -> a.session().startsAt()).reversed())
                .toList();
        return new ClientFile(stored.client(), stored.emailReminders(), periods, attended, clinical);
    }

    /**
     * What was recorded about the client and their signed progress notes, from the groups the current
     * therapist facilitates. Clinical: admins who don't facilitate are refused. Each note read is audited.
     */
    public ClinicalHistory clinical(ClientId id) {
        currentUser.require();
        List<GroupId> facilitated = access.facilitatedAmong(groupsOf(id));
        if (facilitated.isEmpty()) {
            audit.denied("client.clinical.read", RECORD, id);
            throw new AccessDeniedException(RECORD, id);
        }
        ClinicalHistory history = history(id, facilitated);
        audit.batch().allowed("record.read", RECORD, id)
                .allowedAll("note.read", "note", history.signedNotes().stream().map(n -> "note:" + n.id()).toList())
                .write();
        return history;
    }

    /** Whether the current user may read the clinical part (no audit: used to decide what to show). */
    public boolean mayReadClinical(ClientId id) {
        return currentUser.get().isPresent() && !access.facilitatedAmong(groupsOf(id)).isEmpty();
    }

    /** Whether the current user may open the file (no audit: used to decide whether to show a link). */
    public boolean mayOpen(ClientId id) {
        return currentUser.get().isPresent() && access.isStaffOf(groupsOf(id));
    }

    private List<GroupId> groupsOf(ClientId id) {
        return memberships.periodsOfClient(id).stream().map(MembershipPeriod::group).distinct().toList();
    }

    private ClinicalHistory history(ClientId id, List<GroupId> facilitated) {
        List<ClientRecordValue> values = records.valuesAbout(id, facilitated);
        List<Note> signed = notes.signedNotesAbout(id, facilitated);
        return new ClinicalHistory(balances(id, values), values, signed);
    }

    /** One point per session and pair of a give-and-take exercise the client took part in. */
    private static List<ClinicalHistory.BalancePoint> balances(ClientId id, List<ClientRecordValue> values) {
        Map<String, int[]> turns = new LinkedHashMap<>();
        Map<String, Instant> when = new LinkedHashMap<>();
        for (ClientRecordValue v : values) {
            if (v.practice() != Practice.GIVE_AND_TAKE || !v.subject().startsWith("pair:")) {
                continue;
            }
            String key = v.session() + "|" + v.subject();
            when.putIfAbsent(key, v.startsAt());
            int[] counts = turns.computeIfAbsent(key, k -> new int[2]);
            // In a stored pair the lower client id is "a".
            boolean clientIsA = v.subject().startsWith("pair:" + id + "-");
            if (v.fieldKey().equals("turns_a")) {
                counts[clientIsA ? 0 : 1] = Integer.parseInt(v.value());
            } else if (v.fieldKey().equals("turns_b")) {
                counts[clientIsA ? 1 : 0] = Integer.parseInt(v.value());
            }
        }
        List<ClinicalHistory.BalancePoint> points = new ArrayList<>();
        turns.forEach((key, c) -> points.add(new ClinicalHistory.BalancePoint(when.get(key),
                GiveAndTake.balance(c[0], c[1]), c[0], c[1])));
        return points;
    }
}
