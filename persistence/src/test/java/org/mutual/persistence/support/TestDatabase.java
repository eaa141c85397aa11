package org.mutual.persistence.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.mutual.persistence.base.JooqSettings;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The two real databases Mutual runs on. Each {@link #create()} gives a fresh, migrated database:
 * an H2 file in a temp folder, or a new database on one PostgreSQL server started for the test run.
 */
public enum TestDatabase {

    H2(SQLDialect.H2, "h2") {
        @Override
        public DataSource newDataSource() {
            try {
                Path dir = Files.createTempDirectory("mutual-h2-");
                JdbcDataSource ds = new JdbcDataSource();
                ds.setURL(h2Url(dir.resolve("mutual")));
                ds.setUser("sa");
                return ds;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    },

    POSTGRES(SQLDialect.POSTGRES, "postgresql") {
        @Override
        public DataSource newDataSource() {
            PGSimpleDataSource ds = new PGSimpleDataSource();
            ds.setURL(newDatabaseUrl());
            ds.setUser(POSTGRES_USER);
            return ds;
        }
    };

    private static final AtomicInteger COUNTER = new AtomicInteger();

    /** The superuser of the test server (no password: it listens on localhost only). */
    public static final String POSTGRES_USER = "postgres";

    /** Creates an empty database on the test PostgreSQL server and returns its JDBC URL. */
    public static String newDatabaseUrl() {
        String name = "mutual_test_" + COUNTER.incrementAndGet();
        try (Connection c = PostgresServer.get().getPostgresDatabase().getConnection();
             Statement s = c.createStatement()) {
            s.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create test database", e);
        }
        return "jdbc:postgresql://localhost:" + PostgresServer.get().getPort() + "/" + name;
    }

    private final SQLDialect dialect;
    private final String vendor;

    TestDatabase(SQLDialect dialect, String vendor) {
        this.dialect = dialect;
        this.vendor = vendor;
    }

    /** A new empty database, not yet migrated. */
    public abstract DataSource newDataSource();

    /** A new database with every migration applied. */
    public DataSource create() {
        DataSource ds = newDataSource();
        migrate(ds);
        return ds;
    }

    public void migrate(DataSource ds) {
        Flyway.configure().dataSource(ds)
                .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor)
                .load().migrate();
    }

    public DSLContext dsl(DataSource ds) {
        return DSL.using(ds, dialect, JooqSettings.settings());
    }

    public SQLDialect dialect() {
        return dialect;
    }

    /** The runtime H2 URL: behaves like PostgreSQL and commits straight to disk. */
    public static String h2Url(Path file) {
        return "jdbc:h2:file:" + file.toAbsolutePath()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0";
    }

    /** One PostgreSQL server per test JVM, stopped when the JVM ends. */
    private static final class PostgresServer {
        private static EmbeddedPostgres server;

        static synchronized EmbeddedPostgres get() {
            if (server == null) {
                try {
                    server = EmbeddedPostgres.builder().start();
                } catch (IOException e) {
                    throw new UncheckedIOException("could not start PostgreSQL for the tests", e);
                }
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        server.close();
                    } catch (IOException ignored) {
                        // the JVM is ending; the temp folder goes with it
                    }
                }));
            }
            return server;
        }
    }
}
