/**
 * Intake submissions in jOOQ: insert-once by idempotency key, the queue page and count, the
 * per-address count for the rate limit, optimistic-locking updates and the installation's salt.
 */
package org.mutual.persistence.intake;
