package org.mutual.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.mutual.auth.local.PasswordConfig;
import org.mutual.domain.exercise.BuiltInPractices;
import org.mutual.persistence.backup.Backups;
import org.mutual.persistence.base.JooqSettings;
import org.mutual.persistence.exercise.JooqExerciseRepository;
import org.mutual.persistence.generate.PracticeGenerator;
import org.mutual.persistence.generate.PracticeSize;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * {@code ./mutual generate small|large|huge [--db <h2 file or jdbc url>] [--seed n]}: migrates the
 * database, adds the built-in practices and writes a generated practice into it (accounts
 * {@code admin}, {@code therapist1}…, {@code client1}…, password {@code mutual-demo}). Without {@code --db} the database is the one Mutual
 * uses with the same environment (MUTUAL_DATA_DIR or MUTUAL_DB_URL). Runs without starting the application.
 */
public final class GeneratePractice {

    private GeneratePractice() {
    }

    public static void main(String[] args) {
        if (args.length < 1) {
            System.err.println("usage: generate small|large|huge [--db <h2 file or jdbc url>] [--seed n]");
            System.exit(2);
        }
        PracticeSize size = PracticeSize.named(args[0]);
        Backups.Target target = Backups.Target.fromEnvironment(System.getenv());
        long seed = 1;
        for (int i = 1; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--db" -> target = new Backups.Target(args[i + 1].startsWith("jdbc:") ? args[i + 1]
                        : Backups.h2Url(Path.of(args[i + 1])), target.user(), target.password());
                case "--seed" -> seed = Long.parseLong(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        DriverManagerDataSource dataSource = new DriverManagerDataSource(target.url(), target.user(), target.password());
        migrate(dataSource, target);
        seedBuiltIns(dataSource, target);
        String hash = new PasswordConfig().passwordEncoder().encode(DemoData.PASSWORD);
        System.out.printf("generating a %s practice (%,d therapists, %,d groups, %,d clients, %,d sessions) into %s%n",
                size.name(), size.therapists(), size.groups(), size.clients(), size.sessions(), target.url());
        new PracticeGenerator(dataSource).generate(size, seed, LocalDate.now(), ZoneId.systemDefault(), hash,
                System.out::println);
    }

    /**
     * The eight built-in practices, as the application adds them on its first start: the generated
     * sessions plan them (rather than stand-in exercises), so their records, counters and progress
     * charts look as they would in a practice.
     */
    static void seedBuiltIns(javax.sql.DataSource dataSource, Backups.Target target) {
        DSLContext dsl = DSL.using(dataSource, target.isPostgres() ? SQLDialect.POSTGRES : SQLDialect.H2,
                JooqSettings.settings());
        new JooqExerciseRepository(dsl, Clock.systemUTC()).seedBuiltIns(BuiltInPractices.all());
    }

    /** The schema as the application would create it on start. */
    public static void migrate(javax.sql.DataSource dataSource, Backups.Target target) {
        String vendor = target.isPostgres() ? "postgresql" : "h2";
        Flyway.configure().dataSource(dataSource)
                .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor)
                .load().migrate();
    }
}
