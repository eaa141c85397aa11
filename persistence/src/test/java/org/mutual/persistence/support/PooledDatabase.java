package org.mutual.persistence.support;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultConfiguration;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.mutual.domain.base.Transactions;
import org.mutual.persistence.base.JooqSettings;
import org.mutual.persistence.base.OneWriterAtATime;
import org.mutual.persistence.base.SpringTransactions;
import org.springframework.boot.jooq.autoconfigure.SpringTransactionProvider;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/**
 * A fresh, migrated database wired as the application wires it: a HikariCP pool, Spring's
 * transaction manager (also behind jOOQ's {@code transaction(…)}), and a jOOQ context that joins the
 * transaction a thread is in (outside one, each statement borrows a connection and commits on its
 * own) and, on H2, lets one transaction write at a time. For tests where many threads work on the
 * database at once.
 */
public final class PooledDatabase implements AutoCloseable {

    private final HikariDataSource pool;
    public final DSLContext dsl;
    public final Transactions tx;

    public PooledDatabase(TestDatabase database, int connections) {
        HikariConfig config = new HikariConfig();
        config.setDataSource(database.create());
        config.setMaximumPoolSize(connections);
        config.setMinimumIdle(connections);
        config.setPoolName("test-" + database.name().toLowerCase());
        pool = new HikariDataSource(config);
        DataSourceTransactionManager transactions = new DataSourceTransactionManager(pool);
        dsl = DSL.using(new DefaultConfiguration()
                .set(new TransactionAwareDataSourceProxy(pool))
                .set(new SpringTransactionProvider(transactions))
                .set(database.dialect())
                .set(JooqSettings.settings())
                .set(new DefaultExecuteListenerProvider(new OneWriterAtATime())));
        tx = new SpringTransactions(transactions);
    }

    @Override
    public void close() {
        pool.close();
    }
}
