package org.mutual.persistence.base;

import java.util.function.Supplier;
import org.mutual.domain.base.Transactions;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Domain transactions on Spring's transaction manager, which jOOQ's DSLContext joins. On the
 * embedded H2 database, {@link OneWriterAtATime} lets one of them write at a time.
 */
@Component
public class SpringTransactions implements Transactions {

    private final TransactionTemplate template;

    public SpringTransactions(PlatformTransactionManager transactionManager) {
        this.template = new TransactionTemplate(transactionManager);
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return template.execute(status -> work.get());
    }
}
