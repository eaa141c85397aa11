/**
 * Calendar feed links (by the hash of their secret) and the session reads behind a feed, each in one
 * statement.
 */
package org.mutual.persistence.calendar;
