/**
 * Outcome measures in the database: a release stores its occurrence and every member's response in
 * a fixed number of statements, a response reads back with its answers in one query, updates are
 * optimistic on the version column, and a facilitator's open safety alerts are one query.
 */
package org.mutual.persistence.measure;
