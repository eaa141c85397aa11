package org.mutual.perf;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import org.mutual.persistence.generate.PracticeGenerator;
import org.mutual.persistence.generate.PracticeSize;
import org.mutual.persistence.support.TestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The screens and the floor on PostgreSQL, the production database, over a socket as in production
 * (the test server of the suite). Its practice has small's groups (each group, client and therapist as
 * big as on small) but only eight of them, so it is generated in seconds; every screen and floor read is
 * about one group, client or page, so they read the same rows as on small. Growth is measured on H2.
 */
@SpringBootTest
class PostgresPracticeBenchmark extends PracticeBenchmarkBase {

    /** Two therapists with four groups each, every group shaped as on small. */
    static final PracticeSize SMALL_GROUPS = PracticeSize.SMALL.withTherapists("small's groups", 2);

    private static boolean generated;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws Exception {
        String url = TestDatabase.newDatabaseUrl();
        String dir = Files.createTempDirectory("mutual-perf-postgresql-").toString();
        registry.add("mutual.data-dir", () -> dir);
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> TestDatabase.POSTGRES_USER);
        registry.add("spring.datasource.password", () -> "");
        registry.add("mutual.demo-data.enabled", () -> "false");
    }

    @Override
    String size() {
        return "postgresql";
    }

    @Override
    void requirePractice() {
        if (!generated) {
            new PracticeGenerator(dataSource).generate(SMALL_GROUPS, 1, LocalDate.now(), ZoneId.systemDefault(), null,
                    line -> { });
            // Statistics for the planner, as autovacuum would gather them on a server that has run a while.
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                s.execute("analyze");
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            generated = true;
        }
    }
}
