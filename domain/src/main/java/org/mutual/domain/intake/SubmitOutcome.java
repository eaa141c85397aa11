package org.mutual.domain.intake;

/**
 * What the public form tells the person. {@link #RECEIVED} is also what a filled honeypot and a
 * repeated form instance get: neither stores anything new, and a bot learns nothing.
 */
public enum SubmitOutcome {
    RECEIVED, TOO_MANY
}
