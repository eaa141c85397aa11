package org.mutual.persistence.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mutual.domain.audit.AuditEntry;
import org.mutual.domain.audit.AuditOutcome;
import org.mutual.domain.base.BarrierPattern;
import org.mutual.domain.exercise.Practice;
import org.mutual.domain.homework.ResourceDraft;
import org.mutual.domain.homework.ResourceFile;
import org.mutual.domain.intake.DayPart;
import org.mutual.domain.intake.IntakeForm;
import org.mutual.domain.note.Addendum;
import org.mutual.domain.note.Note;
import org.mutual.domain.note.NoteId;
import org.mutual.domain.plan.PlanTemplate;
import org.mutual.domain.reminder.ReminderKey;
import org.mutual.domain.reminder.ReminderKind;
import org.mutual.domain.schedule.WeeklySlot;
import org.mutual.domain.user.Language;
import org.mutual.domain.user.TokenPurpose;
import org.mutual.persistence.audit.JooqAuditRepository;
import org.mutual.persistence.calendar.JooqCalendarFeedRepository;
import org.mutual.persistence.homework.JooqResourceRepository;
import org.mutual.persistence.intake.JooqIntakeRepository;
import org.mutual.persistence.job.JooqJobLocks;
import org.mutual.persistence.membership.JooqWaitlistRepository;
import org.mutual.persistence.note.JooqNoteRepository;
import org.mutual.persistence.progress.ProgressFixture;
import org.mutual.persistence.reminder.JooqReminderRepository;
import org.mutual.persistence.support.LocalPostgres;
import org.mutual.persistence.support.TestDatabase;
import org.mutual.persistence.user.JooqAccountTokenRepository;
import org.mutual.persistence.user.JooqUserLanguages;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The restore drill: a database full of a practice's records is backed up with {@link Backups}, restored
 * into a new empty database, and every table (as listed by information_schema) must come back with the
 * same row count and the same checksum of all its rows.
 */
class BackupDrillTest {

    static final Instant T = Instant.parse("2026-04-07T18:00:00Z");

    @TempDir
    Path dir;

    @Test
    void an_h2_backup_restores_into_an_empty_database_identically() {
        Backups.Target source = h2("source");
        TestDatabase.H2.migrate(dataSource(source));
        fill(TestDatabase.H2.dsl(dataSource(source)));

        Path file = dir.resolve("mutual-backup.zip");
        Backups.backup(source, file);
        Backups.Target restored = h2("restored");
        List<String> progress = new ArrayList<>();
        Backups.restore(restored, file, false, progress::add);

        assertIdentical(source, restored, file);
        assertThat(progress).as("the restore tells how much of the file it has read, ending with all of it")
                .isNotEmpty().last().asString().startsWith("restore: 100 % of ");
        assertThat(progress).allSatisfy(line -> assertThat(line).matches("restore: \\d+ % of [0-9.]+ MB read \\(\\d+ s\\)"));
    }

    @Test
    void a_postgresql_backup_restores_into_an_empty_database_identically() throws Exception {
        // pg_dump refuses servers newer than itself: run the drill on a server of pg_dump's own version
        Optional<Integer> pgDump = LocalPostgres.pgDumpMajor();
        Assumptions.assumeTrue(pgDump.isPresent(), "pg_dump is not installed");
        Optional<Path> binaries = LocalPostgres.serverBinaries(pgDump);
        Assumptions.assumeTrue(binaries.isPresent(), "no PostgreSQL " + pgDump.get() + " server binaries");
        try (LocalPostgres server = LocalPostgres.start(binaries.get())) {
            Backups.Target source = new Backups.Target(server.createDatabase("source"), "postgres", "");
            TestDatabase.POSTGRES.migrate(dataSource(source));
            fill(TestDatabase.POSTGRES.dsl(dataSource(source)));

            Path file = dir.resolve("mutual.dump");
            List<String> progress = new ArrayList<>();
            Backups.backup(source, file, progress::add);
            Backups.Target restored = new Backups.Target(server.createDatabase("restored"), "postgres", "");
            Backups.restore(restored, file, false, progress::add);

            assertIdentical(source, restored, file);
            assertThat(progress).as("pg_dump and pg_restore name each table as they reach it")
                    .anySatisfy(line -> assertThat(line).contains("dumping contents of table").contains("session_note"))
                    .anySatisfy(line -> assertThat(line).contains("processing data for table").contains("session_note"));
        }
    }

    @Test
    void a_restore_refuses_a_database_with_tables_unless_forced() {
        Backups.Target source = h2("source");
        TestDatabase.H2.migrate(dataSource(source));
        fill(TestDatabase.H2.dsl(dataSource(source)));
        Path file = dir.resolve("mutual-backup.zip");
        Backups.backup(source, file);

        Backups.Target other = h2("other");
        TestDatabase.H2.migrate(dataSource(other));
        new JooqAuditRepository(TestDatabase.H2.dsl(dataSource(other))).append(new AuditEntry(T, null, "anonymous",
                "login", "account", "x", AuditOutcome.DENIED));

        assertThatThrownBy(() -> Backups.restore(other, file, false))
                .isInstanceOf(Backups.BackupException.class).hasMessageContaining("--force");
        Backups.restore(other, file, true);
        assertThat(TableChecksums.of(dataSource(other))).isEqualTo(TableChecksums.of(dataSource(source)));
    }

    private static void assertIdentical(Backups.Target source, Backups.Target restored, Path file) {
        TableChecksums before = TableChecksums.of(dataSource(source));
        TableChecksums after = TableChecksums.of(dataSource(restored));
        System.out.printf("restore drill %s: %d tables, %d rows, backup %d bytes, tables without rows %s%n",
                source.url().substring(5, source.url().indexOf(':', 5)), before.tables().size(), before.totalRows(),
                file.toFile().length(), before.emptyTables());

        assertThat(before.tables()).hasSizeGreaterThan(30);
        assertThat(before.emptyTables()).as("tables the drill leaves empty").hasSizeLessThanOrEqualTo(4);
        assertThat(after.tables().keySet()).isEqualTo(before.tables().keySet());
        before.tables().forEach((table, summary) ->
                assertThat(after.tables().get(table)).as(table).isEqualTo(summary));
    }

    private Backups.Target h2(String name) {
        return new Backups.Target(Backups.h2Url(dir.resolve(name).resolve("mutual")), "sa", "");
    }

    private static DataSource dataSource(Backups.Target target) {
        if (target.isPostgres()) {
            PGSimpleDataSource ds = new PGSimpleDataSource();
            ds.setURL(target.url());
            ds.setUser(target.user());
            ds.setPassword(target.password());
            return ds;
        }
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL(target.url());
        ds.setUser(target.user());
        ds.setPassword(target.password());
        return ds;
    }

    /** A practice's records through the real repositories: groups, members, sessions, plans, homework, measures, notes, audit. */
    static void fill(DSLContext dsl) {
        ProgressFixture p = new ProgressFixture(dsl);
        p.fill(p.f.tuesday, 6);
        var f = p.f;

        p.f.sessions.newSeries(f.thursday, WeeklySlot.of(DayOfWeek.THURSDAY, LocalTime.of(10, 0),
                Duration.ofMinutes(90), ZoneOffset.UTC));
        new JooqWaitlistRepository(dsl).add(f.thursday, f.ana, T);
        p.plans.saveTemplate("Opening session", f.alice, List.of(
                new PlanTemplate.Item(f.builtIn(Practice.GIVE_AND_TAKE), null, 30)));

        JooqNoteRepository notes = new JooqNoteRepository(dsl);
        NoteId note = notes.create(Note.draft(p.held(f.tuesday, 10), f.ana, "Ana asked Ben for help today.", f.alice, T));
        notes.update(notes.findById(note).orElseThrow().sign(f.alice, T.plusSeconds(60)), 0);
        notes.addAddendum(note, Addendum.of("She asked twice.", f.alice, T.plusSeconds(120)));

        new JooqResourceRepository(dsl).create(new ResourceDraft("Asking for help", "M. Rivera", null, "Week 3")
                .checked(true), ResourceFile.pdf("asking.pdf", "%PDF-1.4\n%%EOF".getBytes(StandardCharsets.US_ASCII)),
                f.alice, T);
        new JooqAccountTokenRepository(dsl).create("a".repeat(64), f.alice, TokenPurpose.SET_PASSWORD, T,
                T.plus(Duration.ofHours(72)));
        new JooqCalendarFeedRepository(dsl).replace(f.bob, "b".repeat(64), T);
        p.measures.raiseAlert(p.measures.submittedOf(f.ana, 0, 1).getFirst().id(), T);

        JooqIntakeRepository intakes = new JooqIntakeRepository(dsl);
        intakes.addressSalt(() -> "salt-of-this-installation");
        intakes.create(IntakeForm.of("Robin Example", "Robin", "robin@example.org", null,
                "I want to learn to ask for help.", Set.of(BarrierPattern.SELF_SUFFICIENCY), Set.of(DayOfWeek.TUESDAY),
                Set.of(DayPart.EVENING), true, UUID.randomUUID().toString(), LocalDate.ofInstant(T, ZoneOffset.UTC)),
                "hash-of-an-address", T);
        new JooqJobLocks(dsl, Clock.fixed(T, ZoneOffset.UTC)).tryLock("measure-releases", Duration.ofMinutes(54),
                "host-a/1");
        new JooqReminderRepository(dsl).claim(new ReminderKey(ReminderKind.SESSION_TOMORROW, 1, f.bob.value(),
                LocalDate.ofInstant(T, ZoneOffset.UTC)), T);
        new JooqUserLanguages(dsl).save(f.alice, Language.SPANISH);

        JooqAuditRepository audit = new JooqAuditRepository(dsl);
        audit.append(new AuditEntry(T, f.alice, "therapist", "note.sign", "note", note.toString(), AuditOutcome.ALLOWED));
        audit.append(new AuditEntry(T, null, "anonymous", "group.read", "group", "1", AuditOutcome.DENIED));
    }
}
