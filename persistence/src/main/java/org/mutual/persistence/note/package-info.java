/**
 * Session notes and their addenda in the database. A session's notes with every addendum are one
 * query; a signed note is never updated, even by a caller that skipped the domain's rule.
 */
package org.mutual.persistence.note;
