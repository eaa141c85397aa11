package org.mutual.domain.exercise;

/** The eight practices that build mutuality, in the order a group usually meets them (see DOMAIN.md). */
public enum Practice {
    GIVE_AND_TAKE,
    MATCHING_DISCLOSURE,
    NOTICING_TRUST,
    SMALL_EXPERIMENTS,
    ASSERTIVENESS,
    CLARIFYING_INTENTIONS,
    CELEBRATING_ACHIEVEMENTS,
    WALKING_THROUGH_TRIALS
}
