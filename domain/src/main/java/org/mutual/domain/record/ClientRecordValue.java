package org.mutual.domain.record;

import java.time.Instant;
import org.mutual.domain.exercise.Practice;
import org.mutual.domain.session.SessionId;

/** A value recorded about one client (alone, in a pair or in a turn), with its session and exercise. */
public record ClientRecordValue(SessionId session, Instant startsAt, String exerciseTitle, Practice practice,
                                String subject, String fieldKey, String value) {
}
