package org.mutual.domain.base;

import java.util.function.Supplier;

/** Runs work atomically: a record and its audit entry are written together or not at all. */
public interface Transactions {

    <T> T inTransaction(Supplier<T> work);

    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
