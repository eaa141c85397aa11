package org.mutual.perf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mutual.persistence.base.StatementCount;
import org.mutual.persistence.generate.PracticeGenerator;
import org.mutual.persistence.generate.PracticeSize;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The quick variant of the performance benchmark's statement count, in the normal build: every main
 * screen sends exactly as many SQL statements for a practice with ten times the data behind it (more
 * members, sessions, notes and homework per group, more groups and people), so a view that reads row by
 * row fails here. The target is {@value #TARGET} per screen; each screen also has a budget of what it
 * sends today (see docs/performance.md), so any further statement fails the build too, and a budget
 * only ever goes down.
 */
@SpringBootTest
class ScreenStatementsTest extends ScreenRenderTestBase {

    static final int TARGET = 6;
    /** What each screen sends today, all within the target: a budget only ever goes down. */
    static final Map<Screen, Integer> BUDGET = Map.of(
            Screen.DASHBOARD, 5,
            Screen.GROUP_PAGE, 2,
            Screen.GROUP_PROGRESS, 6,
            Screen.SESSION_PAGE, 3,
            Screen.SESSION_RECORD_TAB, 4,
            Screen.CLIENT_PAGE, 6,
            Screen.MY_HOMEWORK, 6,
            Screen.HOMEWORK_BOARD, 4,
            Screen.AUDIT_LOG, 3);
    static final List<Result> RESULTS = new ArrayList<>();
    static Practice tiny;
    static Practice tinyTimesTen;

    record Result(Screen screen, int tiny, int tinyTimesTen) {
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws IOException {
        emptyDatabase(registry, "statements");
    }

    @BeforeEach
    void generateOnce() {
        if (tiny == null) {
            PracticeGenerator generator = new PracticeGenerator(dataSource);
            LocalDate today = LocalDate.now();
            generator.generate(PracticeSize.TINY, 1, today, ZoneId.systemDefault(), null, "a-", line -> { });
            generator.generate(PracticeSize.TINY_TIMES_TEN, 1, today, ZoneId.systemDefault(), null, "b-", line -> { });
            tiny = practice("a-");
            tinyTimesTen = practice("b-");
        }
    }

    @ParameterizedTest
    @EnumSource(Screen.class)
    void a_screen_sends_a_few_statements_however_much_data_is_behind_it(Screen screen) throws IOException {
        render(screen, tiny); // the first render of a screen may fill caches; both counted renders are warm
        StatementCount.Counted small = render(screen, tiny);
        StatementCount.Counted large = render(screen, tinyTimesTen);
        RESULTS.add(new Result(screen, small.count(), large.count()));
        writeStatements(screen, small);

        assertThat(large.count()).as("%s: statements with ten times the data, were %d:%n%s", screen.title(),
                small.count(), String.join("\n", large.statements())).isEqualTo(small.count());
        assertThat(small.count()).as("%s: statements%n%s", screen.title(), String.join("\n", small.statements()))
                .isLessThanOrEqualTo(BUDGET.getOrDefault(screen, TARGET));
    }

    /** What the screen sent, one statement a line, in target/statements/<screen>.sql: where to start cutting. */
    private static void writeStatements(Screen screen, StatementCount.Counted counted) throws IOException {
        Path file = Path.of("target", "statements", screen.key() + ".sql");
        Files.createDirectories(file.getParent());
        Files.write(file, counted.statements());
    }

    /** The counts, in the benchmark's results format, for the report (target/perf/parts at the project root). */
    @AfterAll
    static void writeResults() throws IOException {
        List<PerfResult> results = new ArrayList<>();
        for (Result r : RESULTS) {
            results.add(new PerfResult("statements." + r.screen().key() + " (quick)", r.tinyTimesTen(), "statements",
                    "≤ " + TARGET + ", same on tiny and tiny×10", r.tiny() == r.tinyTimesTen() && r.tiny() <= TARGET,
                    "tiny " + r.tiny() + ", tiny×10 " + r.tinyTimesTen()));
        }
        PerfResult.write("statements-quick", results);
    }
}
