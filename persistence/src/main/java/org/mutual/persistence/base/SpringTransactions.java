package org.mutual.persistence.base;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.mutual.domain.base.Transactions;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Domain transactions on Spring's transaction manager, which jOOQ's DSLContext joins.
 *
 * <p>On the embedded H2 database the transactions of this process run one at a time. H2 2.4's row
 * locks don't always hold under many concurrent saves of one row: now and then two updates
 * guarded by the same version both succeed, the second overwriting the first (reproduced by
 * {@code LostUpdateTest}, with and without {@code SELECT … FOR UPDATE}). The H2 file belongs to
 * one process, so a lock in that process is a complete guard; a small practice's few concurrent
 * saves barely notice it. PostgreSQL runs transactions concurrently and needs no such guard.
 */
@Component
public class SpringTransactions implements Transactions {

    private final TransactionTemplate template;
    private final ReentrantLock oneAtATime;

    public SpringTransactions(PlatformTransactionManager transactionManager, DSLContext dsl) {
        this.template = new TransactionTemplate(transactionManager);
        this.oneAtATime = dsl.dialect().family() == SQLDialect.H2 ? new ReentrantLock(true) : null;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (oneAtATime == null) {
            return template.execute(status -> work.get());
        }
        oneAtATime.lock();
        try {
            return template.execute(status -> work.get());
        } finally {
            oneAtATime.unlock();
        }
    }
}
