/**
 * A therapist's agenda: the sessions of every group they facilitate in a time window, each with
 * its group and the size of its roster on that day, read in a fixed number of queries.
 */
package org.mutual.domain.agenda;
