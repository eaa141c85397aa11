/**
 * Clinical notes: one group note per session and an optional progress note per member. A note is a
 * draft until a facilitator signs it; a signed note never changes and is corrected by dated
 * addenda. Only the group's facilitators read or write notes, and every read and write is audited.
 */
package org.mutual.domain.note;
