package org.mutual.domain.base;

/**
 * The three patterns that make mutuality hard (see DOMAIN.md). Used as focus areas on a membership
 * and to filter the exercise library, which is why it lives in the shared package.
 */
public enum BarrierPattern {
    CARETAKING, SELF_SUFFICIENCY, INTENSITY_SEEKING
}
