package org.mutual.persistence.base;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.Query;

/**
 * Counts the SQL statements a piece of work sends on its own thread, for the "a screen costs a fixed
 * number of statements" check of the performance benchmark: those jOOQ executes and the
 * {@link PreparedRead}s. Outside {@link #during} it costs one
 * thread-local read per statement, so it stays registered in production.
 */
public final class StatementCount implements ExecuteListener, PreparedRead.Observer {

    /** The listener the application registers with jOOQ. */
    public static final StatementCount LISTENER = new StatementCount();

    private static final ThreadLocal<Counted> OPEN = new ThreadLocal<>();

    /** The statements counted while some work ran, in the order they were sent. */
    public static final class Counted {
        private final List<String> statements = new ArrayList<>();
        private final List<Query> queries = new ArrayList<>();

        public int count() {
            return statements.size();
        }

        public List<String> statements() {
            return List.copyOf(statements);
        }

        /** The single queries among the statements, with their bind values (a batch has none). */
        public List<Query> queries() {
            return List.copyOf(queries);
        }
    }

    private StatementCount() {
    }

    /** Runs {@code work} and returns the statements it sent on this thread (nested counts add up). */
    public static Counted during(Runnable work) {
        Counted outer = OPEN.get();
        Counted counted = new Counted();
        OPEN.set(counted);
        try {
            work.run();
        } finally {
            OPEN.set(outer);
            if (outer != null) {
                outer.statements.addAll(counted.statements);
                outer.queries.addAll(counted.queries);
            }
        }
        return counted;
    }

    @Override
    public void executeStart(ExecuteContext ctx) {
        Counted counted = OPEN.get();
        if (counted != null) {
            counted.statements.add(ctx.sql() != null ? ctx.sql() : String.valueOf(ctx.query()));
            if (ctx.query() != null) {
                counted.queries.add(ctx.query());
            }
        }
    }

    @Override
    public void sent(String sql, Supplier<Query> statement) {
        Counted counted = OPEN.get();
        if (counted != null) {
            counted.statements.add(sql);
            counted.queries.add(statement.get());
        }
    }
}
