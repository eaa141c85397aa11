package org.mutual.domain.clientfile;

import java.time.Instant;
import java.util.List;
import org.mutual.domain.note.Note;
import org.mutual.domain.record.ClientRecordValue;

/**
 * The clinical part of a client's file, for the facilitators of the client's groups only: what was
 * recorded about them over time and their signed progress notes.
 */
public record ClinicalHistory(List<BalancePoint> giveAndTake, List<ClientRecordValue> values, List<Note> signedNotes) {

    /** The balance of one give-and-take pair the client was in: min/max of the two turn counts. */
    public record BalancePoint(Instant startsAt, double balance, int ownTurns, int partnerTurns) {
    }
}
