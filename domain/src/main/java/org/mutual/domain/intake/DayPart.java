package org.mutual.domain.intake;

/** The parts of a day a prospective client can say they are available in. */
public enum DayPart {
    MORNING, AFTERNOON, EVENING
}
