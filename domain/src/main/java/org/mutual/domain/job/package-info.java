/**
 * Scheduled jobs across instances: the database-backed lease that lets one instance run a job while
 * the others skip it.
 */
package org.mutual.domain.job;
