package org.mutual.perf;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.Delete;
import org.jooq.Insert;
import org.jooq.Merge;
import org.jooq.Query;
import org.jooq.ResultQuery;
import org.jooq.Update;
import org.mutual.persistence.base.StatementCount;

/**
 * The rows the database read to answer a screen's queries: each query is asked again, with its values,
 * as H2's {@code EXPLAIN ANALYZE}, and the rows every table access scanned ({@code scanCount}) are added
 * up. Unlike a time it is exact, so "a screen reads as many rows in a practice ten times larger" can be a
 * test. Only reads are asked again; writes are left out.
 */
record RowsRead(long total, List<String> perQuery) {

    private static final Pattern SCANNED = Pattern.compile("scanCount: (\\d+)");

    static RowsRead of(StatementCount.Counted counted, DSLContext dsl, DataSource dataSource) {
        long total = 0;
        List<String> perQuery = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (Query query : counted.queries()) {
                // Selects, and the prepared reads (see PreparedRead), which run as plain SQL; not a write
                // that returns rows (on H2 a select from its FINAL TABLE), which EXPLAIN ANALYZE would run.
                if (!(query instanceof ResultQuery<?>) || query instanceof Insert<?> || query instanceof Update<?>
                        || query instanceof Delete<?> || query instanceof Merge<?>) {
                    continue;
                }
                String sql = dsl.renderInlined(query);
                if (!sql.regionMatches(true, 0, "select", 0, 6)) {
                    continue;
                }
                long rows = 0;
                try (ResultSet plan = s.executeQuery("explain analyze " + sql)) {
                    while (plan.next()) {
                        Matcher m = SCANNED.matcher(plan.getString(1));
                        while (m.find()) {
                            rows += Long.parseLong(m.group(1));
                        }
                    }
                }
                total += rows;
                perQuery.add(String.format(Locale.ROOT, "%8d  %s", rows, sql));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return new RowsRead(total, perQuery);
    }
}
