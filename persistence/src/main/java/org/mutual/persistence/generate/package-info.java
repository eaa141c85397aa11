/**
 * A generated practice of any size (therapists, groups, members, years of weekly sessions with
 * attendance, plans, exercise records, notes, homework and audit entries), written with batch inserts
 * and the same seed giving the same practice, for demos, tests and the performance benchmark.
 */
package org.mutual.persistence.generate;
