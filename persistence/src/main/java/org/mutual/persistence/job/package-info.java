/**
 * Job leases in the database: one conditional update takes an expired lease, an insert-if-absent
 * takes a job no one has held yet.
 */
package org.mutual.persistence.job;
