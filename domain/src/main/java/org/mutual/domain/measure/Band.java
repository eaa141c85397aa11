package org.mutual.domain.measure;

/** The severity bands the instruments' publishers name; each instrument uses some of them. */
public enum Band {
    MINIMAL, MILD, MODERATE, MODERATELY_SEVERE, SEVERE
}
