package org.mutual.persistence.support;

import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.DSLContext;
import org.jooq.ExecuteListener;

/** Counts the statements a repository sends, so "one query, no N+1" is something a test can check. */
public final class QueryCounter {

    private final AtomicInteger count = new AtomicInteger();

    /** The same database, with every executed statement counted. */
    public DSLContext counting(DSLContext dsl) {
        return dsl.configuration()
                .deriveAppending(ExecuteListener.onExecuteStart(ctx -> count.incrementAndGet()))
                .dsl();
    }

    public int count() {
        return count.get();
    }

    public void reset() {
        count.set(0);
    }
}
