/**
 * Exercise records in the database: recorded values written atomically from several devices at
 * once (upserts, counters incremented in SQL, numbered turns) and a session's records read in one
 * query.
 */
package org.mutual.persistence.record;
