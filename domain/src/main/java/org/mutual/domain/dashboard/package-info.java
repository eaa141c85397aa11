/**
 * A therapist's dashboard as one read: the number of groups they facilitate, the open safety alerts,
 * the week's sessions with roster sizes, the homework waiting for their review and whether their
 * calendar link is live, read in one transaction with a fixed number of statements and audited in one.
 */
package org.mutual.domain.dashboard;
