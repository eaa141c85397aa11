package org.mutual.persistence.support;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.Query;
import org.mutual.persistence.base.PreparedRead;

/** Counts the statements a repository sends, so "one query, no N+1" is something a test can check. */
public final class QueryCounter {

    private final AtomicInteger count = new AtomicInteger();

    /** The same database, with every statement counted: those jOOQ executes and the prepared reads. */
    public DSLContext counting(DSLContext dsl) {
        return dsl.configuration().deriveAppending(new Counting()).dsl();
    }

    public int count() {
        return count.get();
    }

    public void reset() {
        count.set(0);
    }

    private final class Counting implements ExecuteListener, PreparedRead.Observer {
        @Override
        public void executeStart(ExecuteContext ctx) {
            count.incrementAndGet();
        }

        @Override
        public void sent(String sql, Supplier<Query> statement) {
            count.incrementAndGet();
        }
    }
}
