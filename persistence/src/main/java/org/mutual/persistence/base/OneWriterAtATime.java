package org.mutual.persistence.base;

import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jooq.Delete;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.ExecuteType;
import org.jooq.Insert;
import org.jooq.Merge;
import org.jooq.Query;
import org.jooq.SQLDialect;
import org.jooq.Select;
import org.jooq.Update;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * On the embedded H2 database, lets one transaction of this process write at a time: a Spring-managed
 * transaction (every transaction of Mutual's, through {@code Transactions} or jOOQ's Spring transaction
 * provider) takes the turn with its first statement that writes or locks rows and keeps it until it has
 * committed or rolled back; a statement outside a transaction keeps it while it runs. Reads don't take
 * it, so a read never waits for a writer (H2 gives it the last committed rows).
 *
 * <p>Why: H2 2.4's row locks don't always hold under many concurrent saves of one row: now and then
 * two updates guarded by the same version both succeed, the second overwriting the first, and H2
 * reports deadlocks between them (reproduced by {@code LostUpdateTest}, with and without
 * {@code SELECT … FOR UPDATE}). With one writer at a time no two transactions ever hold row locks at
 * once. The H2 file belongs to one process, so a lock in that process is a complete guard.
 * PostgreSQL locks rows correctly; there this listener does nothing.
 *
 * <p>What counts as writing: inserts, updates, deletes and merges (also with {@code RETURNING}),
 * batches, procedures, DDL and plain SQL, and any select that locks rows ({@code FOR UPDATE},
 * {@code FOR SHARE}, or H2's {@code FINAL TABLE (…)} around a write). A select, or plain SQL that
 * starts with {@code SELECT} or {@code EXPLAIN}, is a read.
 */
public final class OneWriterAtATime implements ExecuteListener {

    /**
     * Row locks of a select, and H2's {@code FINAL TABLE (…)} (with new and old) around a write, tried only
     * where a word starts with f, n or o (see {@link #locksOrWrites}).
     */
    private static final Pattern LOCKS_OR_WRITES =
            Pattern.compile("(for\\s+(no\\s+key\\s+)?(update|share|key\\s+share)|(final|new|old)\\s+table)\\b",
                    Pattern.CASE_INSENSITIVE);

    private static final String HELD_BY_STATEMENT = OneWriterAtATime.class.getName() + ".statement";

    private final ReentrantLock turn = new ReentrantLock(true);

    @Override
    public void executeStart(ExecuteContext ctx) {
        if (ctx.family() != SQLDialect.H2 || turn.isHeldByCurrentThread() || !writes(ctx)) {
            return;
        }
        turn.lock();
        if (TransactionSynchronizationManager.isSynchronizationActive()
                && TransactionSynchronizationManager.isActualTransactionActive()) {
            try {
                TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void afterCompletion(int status) {
                        turn.unlock();
                    }
                });
            } catch (RuntimeException e) {
                turn.unlock();
                throw e;
            }
        } else {
            ctx.data(HELD_BY_STATEMENT, Boolean.TRUE);
        }
    }

    @Override
    public void end(ExecuteContext ctx) {
        if (ctx.data(HELD_BY_STATEMENT) != null) {
            ctx.data().remove(HELD_BY_STATEMENT);
            turn.unlock();
        }
    }

    private static boolean writes(ExecuteContext ctx) {
        if (ctx.type() == ExecuteType.BATCH || ctx.type() == ExecuteType.ROUTINE) {
            return true;
        }
        Query query = ctx.query();
        if (query instanceof Insert<?> || query instanceof Update<?> || query instanceof Delete<?>
                || query instanceof Merge<?>) {
            return true;
        }
        String sql = ctx.sql() == null ? "" : ctx.sql().stripLeading();
        boolean select = query instanceof Select<?> || startsWith(sql, "select")
                || startsWith(sql, "explain") && !startsWith(sql, "explain analyze");
        return !select || locksOrWrites(sql);
    }

    /**
     * Whether the SQL locks rows or reads H2's rows of a write. The pattern is tried at the start of each
     * word that could begin it: searching the whole text with it, at every character of every read, took
     * a quarter of the time of a small read.
     */
    static boolean locksOrWrites(String sql) {
        Matcher matcher = null;
        for (int i = 0, n = sql.length(); i < n; i++) {
            char c = (char) (sql.charAt(i) | 0x20);
            if ((c == 'f' || c == 'n' || c == 'o') && (i == 0 || !isWordPart(sql.charAt(i - 1)))
                    && (wordAt(sql, i, "for") || wordAt(sql, i, "final") || wordAt(sql, i, "new")
                    || wordAt(sql, i, "old"))) {
                matcher = matcher == null ? LOCKS_OR_WRITES.matcher(sql) : matcher;
                if (matcher.region(i, n).lookingAt()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isWordPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    private static boolean startsWith(String sql, String keyword) {
        return sql.regionMatches(true, 0, keyword, 0, keyword.length());
    }

    /**
     * Whether {@code word} (in lower case) is at {@code at} in any case, followed by white space, as every
     * keyword the pattern starts with is: "from", "fetch", "offset", "order" and "not" fail at a glance.
     */
    private static boolean wordAt(String sql, int at, String word) {
        int end = at + word.length();
        if (end >= sql.length() || !Character.isWhitespace(sql.charAt(end))) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            if ((sql.charAt(at + k) | 0x20) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
