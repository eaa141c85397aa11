/**
 * Backing up and restoring Mutual's database: H2's {@code SCRIPT}/{@code RUNSCRIPT} for the H2 file
 * database, {@code pg_dump}/{@code pg_restore} for PostgreSQL. {@code ./mutual backup} and
 * {@code ./mutual restore} run {@link org.mutual.persistence.backup.Backups#main}.
 */
package org.mutual.persistence.backup;
