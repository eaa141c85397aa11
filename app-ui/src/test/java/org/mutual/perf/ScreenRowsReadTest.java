package org.mutual.perf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.mutual.persistence.generate.PracticeGenerator;
import org.mutual.persistence.generate.PracticeSize;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The quick variant of the benchmark's growth measure, exact instead of timed: every main screen of one
 * practice reads the same rows after nine more practices like it are added around it (other therapists,
 * groups, clients, sessions, notes, homework, audit entries). A query that finds its rows by scanning a
 * status or a whole table instead of the screen's own group, client or user reads more here and fails;
 * the time it would cost on a large practice follows from that (see docs/performance.md, Growth).
 */
@SpringBootTest
class ScreenRowsReadTest extends ScreenRenderTestBase {

    /** Allowed rows over the first measurement: the screens' own audit entries and the like. */
    static final double TARGET = 1.1;

    @Autowired DSLContext dsl;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws IOException {
        emptyDatabase(registry, "rows");
    }

    @Test
    void a_screen_reads_as_many_rows_when_the_practice_around_it_grows_tenfold() throws IOException {
        PracticeGenerator generator = new PracticeGenerator(dataSource);
        LocalDate today = LocalDate.now();
        generator.generate(PracticeSize.TINY, 1, today, ZoneId.systemDefault(), null, "a-", line -> { });
        Practice practice = practice("a-");
        Map<Screen, RowsRead> alone = readAll(practice);

        generator.generate(PracticeSize.TINY.times("nine more", 9), 2, today, ZoneId.systemDefault(), null, "b-",
                line -> { });
        Map<Screen, RowsRead> amongTen = readAll(practice);

        List<PerfResult> results = new ArrayList<>();
        SoftAssertions softly = new SoftAssertions();
        for (Screen screen : Screen.values()) {
            long before = alone.get(screen).total();
            long after = amongTen.get(screen).total();
            double ratio = (double) after / Math.max(1, before);
            write(screen, alone.get(screen), amongTen.get(screen));
            results.add(new PerfResult("rows." + screen.key() + " (quick)", ratio, "× rows read",
                    "≤ " + TARGET + " with nine more practices around", ratio <= TARGET,
                    "alone " + before + ", among ten " + after));
            softly.assertThat(before).as("%s: rows read alone", screen.title()).isPositive();
            softly.assertThat(after).as("%s: rows read alone %d, among ten practices %d; per query:%n%s",
                            screen.title(), before, after, String.join("\n", amongTen.get(screen).perQuery()))
                    .isLessThanOrEqualTo(Math.round(before * TARGET));
        }
        PerfResult.write("rows-quick", results);
        softly.assertAll();
    }

    private Map<Screen, RowsRead> readAll(Practice practice) {
        Map<Screen, RowsRead> read = new EnumMap<>(Screen.class);
        for (Screen screen : Screen.values()) {
            render(screen, practice); // the first render may fill caches; the second is measured
            read.put(screen, RowsRead.of(render(screen, practice), dsl, dataSource));
        }
        return read;
    }

    /** Each query's rows, alone and among ten, in target/statements/<screen>.rows: where a growth comes from. */
    private static void write(Screen screen, RowsRead alone, RowsRead amongTen) throws IOException {
        Path file = Path.of("target", "statements", screen.key() + ".rows");
        Files.createDirectories(file.getParent());
        List<String> lines = new ArrayList<>();
        lines.add("-- alone: " + alone.total() + " rows");
        lines.addAll(alone.perQuery());
        lines.add("-- among ten practices: " + amongTen.total() + " rows");
        lines.addAll(amongTen.perQuery());
        Files.write(file, lines);
    }
}
