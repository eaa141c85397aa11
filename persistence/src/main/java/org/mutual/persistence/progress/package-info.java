/**
 * The group progress read: one query with a MULTISET per kind of data (held sessions, membership
 * periods with names, attendance marks, and for facilitators homework tallies, submitted
 * questionnaires with their answers and give-and-take turn counts), so the page costs the same
 * however many sessions the group has held.
 */
package org.mutual.persistence.progress;
