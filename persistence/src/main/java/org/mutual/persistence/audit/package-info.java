/** Audit storage: insert-only jOOQ repository and the H2 trigger that keeps the table append-only. */
package org.mutual.persistence.audit;
