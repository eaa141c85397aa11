package org.mutual.domain.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.mutual.domain.base.Validator;

/**
 * Filters for the audit log; every part is optional and they combine with "and". {@code actor} is a
 * username ({@code anonymous} for callers who were not signed in); {@code recordType} and
 * {@code recordId} come from a record reference such as {@code homework:42} or just {@code homework};
 * the time range is {@code from} inclusive to {@code until} exclusive.
 */
public record AuditQuery(String actor, String action, String recordType, String recordId, AuditOutcome outcome,
                         Instant from, Instant until) {

    /** No filter: the whole log. */
    public static final AuditQuery ALL = new AuditQuery(null, null, null, null, null, null, null);

    public AuditQuery {
        actor = blankToNull(actor);
        action = blankToNull(action);
        recordType = blankToNull(recordType);
        recordId = blankToNull(recordId);
        if (recordId != null && recordType == null) {
            throw new IllegalArgumentException("a record id needs its record type");
        }
    }

    /**
     * The filter as the log's screen offers it: texts as typed, a record reference {@code type:id} or
     * {@code type}, and whole days in the practice's time zone. A range that ends before it starts
     * and over-long texts are refused field by field.
     */
    public static AuditQuery of(String actor, String action, String record, AuditOutcome outcome,
                                LocalDate fromDay, LocalDate toDay, ZoneId zone) {
        Validator v = new Validator();
        String actorName = v.optionalText(actor, "actor", 64);
        String actionName = v.optionalText(action, "action", 64);
        String reference = v.optionalText(record, "record", 97);
        v.require(fromDay == null || toDay == null || !toDay.isBefore(fromDay), "to", "audit.filter.range");
        v.dateInRange(fromDay, "from");
        v.dateInRange(toDay, "to");
        String type = null;
        String id = null;
        if (reference != null) {
            int colon = reference.indexOf(':');
            type = (colon < 0 ? reference : reference.substring(0, colon)).strip();
            id = colon < 0 ? null : reference.substring(colon + 1).strip();
            v.require(!type.isEmpty() && type.length() <= 32 && (id == null || id.length() <= 64), "record",
                    "audit.filter.record");
        }
        v.throwIfInvalid();
        return new AuditQuery(actorName, actionName, type, id, outcome,
                fromDay == null ? null : fromDay.atStartOfDay(zone).toInstant(),
                toDay == null ? null : toDay.plusDays(1).atStartOfDay(zone).toInstant());
    }

    /**
     * A short description of the filter for the audit entry that records who looked: at most 64
     * characters, never more than the filter itself.
     */
    public String summary() {
        List<String> parts = new ArrayList<>();
        add(parts, "actor", actor);
        add(parts, "action", action);
        add(parts, "record", recordType == null ? null : recordId == null ? recordType : recordType + ":" + recordId);
        add(parts, "outcome", outcome == null ? null : outcome.name());
        add(parts, "from", from == null ? null : from.toString());
        add(parts, "until", until == null ? null : until.toString());
        String text = parts.isEmpty() ? "all" : String.join(";", parts);
        return text.length() <= 64 ? text : text.substring(0, 63) + "…";
    }

    private static void add(List<String> parts, String name, String value) {
        if (value != null) {
            parts.add(name + "=" + value);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
