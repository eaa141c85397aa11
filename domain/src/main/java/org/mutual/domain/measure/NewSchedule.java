package org.mutual.domain.measure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.mutual.domain.base.Validator;
import org.mutual.domain.client.ClientId;
import org.mutual.domain.group.GroupId;
import org.mutual.domain.user.UserId;

/**
 * A checked schedule before it is stored. {@code client} is null for the whole group.
 */
public record NewSchedule(GroupId group, ClientId client, Instrument instrument, Cadence cadence, UserId createdBy,
                          Instant createdAt) {

    public NewSchedule {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(cadence, "cadence");
        Objects.requireNonNull(createdBy, "createdBy");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /**
     * Checks every field and fails with all broken rules at once: an instrument and a cadence are
     * required, a single request can't be due before {@code today}, and a recurring one is every 1 to
     * {@value Cadence#MAX_EVERY} sessions.
     */
    public static NewSchedule of(GroupId group, ClientId client, Instrument instrument, Cadence cadence,
                                 LocalDate today, UserId createdBy, Instant createdAt) {
        Validator v = new Validator();
        v.require(instrument != null, "instrument", "validation.required");
        switch (cadence) {
            case null -> v.require(false, "cadence", "validation.required");
            case Cadence.Once once -> v.require(!once.due().isBefore(today), "due", "measure.due-in-past");
            case Cadence.EverySessions every -> v.require(every.sessions() >= 1
                    && every.sessions() <= Cadence.MAX_EVERY, "every", "validation.range", 1, Cadence.MAX_EVERY);
        }
        v.throwIfInvalid();
        return new NewSchedule(group, client, instrument, cadence, createdBy, createdAt);
    }
}
