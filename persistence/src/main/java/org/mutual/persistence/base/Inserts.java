package org.mutual.persistence.base;

import java.sql.SQLException;
import java.util.function.Supplier;
import org.jooq.InsertOnDuplicateStep;

/**
 * Insert-if-absent that is safe under concurrency on both databases. PostgreSQL's native
 * {@code ON CONFLICT DO NOTHING} never fails, but H2 emulates it with a {@code MERGE} that two
 * transactions can both decide to insert through, so the loser sees a unique-key violation; that
 * violation means "someone else inserted it", exactly what "do nothing" means, and for an
 * insert-or-update that the row is there to update now.
 */
public final class Inserts {

    /** SQLSTATE of a unique or primary key violation (both databases). */
    private static final String UNIQUE_VIOLATION = "23505";

    private Inserts() {
    }

    /** Runs the insert; returns the rows inserted, 0 when the row already existed. */
    public static int ignoringDuplicate(InsertOnDuplicateStep<?> insert) {
        try {
            return insert.onConflictDoNothing().execute();
        } catch (RuntimeException e) {
            if (isUniqueViolation(e)) {
                return 0;
            }
            throw e;
        }
    }

    /**
     * Runs an insert-or-update ({@code ON CONFLICT DO UPDATE}, a {@code MERGE} on H2) and runs it once
     * more when it lost the insert to another transaction: the row exists then, so the second run
     * takes the update.
     */
    public static <T> T upsertingOnce(Supplier<T> upsert) {
        try {
            return upsert.get();
        } catch (RuntimeException e) {
            if (isUniqueViolation(e)) {
                return upsert.get();
            }
            throw e;
        }
    }

    static boolean isUniqueViolation(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
