/**
 * Exercise records: what a facilitator records live, with a tap, while the group does a planned
 * exercise (a value per member, per pair or per turn, and a short observation), and the figures
 * computed from it (give-and-take balance, disclosure mismatches). Records are clinical: only the
 * group's facilitators read or write them, and every read and write is audited.
 */
package org.mutual.domain.record;
