package org.mutual.domain.exercise;

/** Whom one recorded value is about. */
public enum RecordingScope {
    /** One value per member present. */
    MEMBER,
    /** One value per pair of members talking together (give-and-take). */
    PAIR,
    /** An ordered list of turns, each taken by one member (disclosure depth). */
    TURN
}
