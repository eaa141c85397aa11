package org.mutual.domain.session;

import java.time.Instant;
import java.time.LocalDate;

/** One generated meeting of a series: its local date and its start and end on the timeline. */
public record Occurrence(LocalDate date, Instant start, Instant end) {
}
