package org.mutual.persistence.generate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * What makes H2 take millions of rows quickly, undone once they are in. H2 adds each row to every index
 * of its table inside the transaction and visits every entry again on commit, so loading row by row
 * costs several B-tree writes per index; an index created over rows already there is built from the
 * sorted rows instead. So the foreign keys of the tables being filled and their plain indexes are
 * dropped first and created again afterwards, from H2's own {@code SCRIPT} of them (same names, same
 * columns; each foreign key checked against every row when it is added back). Primary keys, unique
 * and check constraints stay and check every row as it comes. While loading, the page cache is larger
 * and H2's background thread writes the store instead of the inserting one; both settings are put back.
 * On any other database, or without the admin rights these statements need, nothing changes.
 */
final class H2BulkLoad {

    /** Changes nothing: not H2, or nothing to change. */
    static final H2BulkLoad NONE = new H2BulkLoad(null, List.of(), List.of(), Map.of());

    /** Page cache while loading, in KB: misses cost a page read, and the indexes grow beyond the default. */
    private static final long CACHE_KB = 256 * 1024;
    /** Milliseconds between the background thread's writes while loading. */
    private static final int WRITE_DELAY_MS = 500;

    private final Connection c;
    private final List<String> indexes;
    private final List<String> foreignKeys;
    private final Map<String, String> settings;

    private H2BulkLoad(Connection c, List<String> indexes, List<String> foreignKeys, Map<String, String> settings) {
        this.c = c;
        this.indexes = indexes;
        this.foreignKeys = foreignKeys;
        this.settings = settings;
    }

    /** Drops the foreign keys and plain indexes of {@code tables} and tunes H2 for loading; elsewhere does nothing. */
    static H2BulkLoad start(Connection c, List<String> tables) throws SQLException {
        if (!"H2".equals(c.getMetaData().getDatabaseProductName())) {
            return NONE;
        }
        Map<String, String> settings = new LinkedHashMap<>();
        List<String> indexes = new ArrayList<>();
        List<String> foreignKeys = new ArrayList<>();
        try {
            settings.put("cache_size", setting(c, "cache_size")
                    .orElseGet(() -> String.valueOf(1024 * Long.parseLong(setting(c, "info.CACHE_MAX_SIZE").orElse("16")))));
            settings.put("write_delay", setting(c, "WRITE_DELAY").orElse("500"));
            definitions(c, tables, indexes, foreignKeys);
        } catch (SQLException | IllegalStateException e) {
            // Not an admin (SCRIPT and SET need one): load as is.
            c.rollback();
            return NONE;
        }
        try (Statement s = c.createStatement()) {
            long cache = Math.max(Long.parseLong(settings.get("cache_size")),
                    Math.min(CACHE_KB, Runtime.getRuntime().maxMemory() / 1024 / 4));
            s.execute("set cache_size " + cache);
            s.execute("set write_delay " + WRITE_DELAY_MS);
            for (String foreignKey : foreignKeys) {
                s.execute("alter table " + between(foreignKey, "ALTER TABLE ", " ADD CONSTRAINT ")
                        + " drop constraint " + between(foreignKey, " ADD CONSTRAINT ", " FOREIGN KEY"));
            }
            for (String index : indexes) {
                s.execute("drop index " + between(index, "CREATE INDEX ", " ON "));
            }
        }
        c.commit();
        return new H2BulkLoad(c, indexes, foreignKeys, settings);
    }

    /** Creates the dropped indexes and foreign keys again and restores the settings. */
    void finish(Consumer<String> progress) throws SQLException {
        if (c == null) {
            return;
        }
        long started = System.nanoTime();
        try (Statement s = c.createStatement()) {
            for (String index : indexes) {
                s.execute(index);
            }
            for (String foreignKey : foreignKeys) {
                // Checked against the rows now in the table: SCRIPT writes NOCHECK for its own restores.
                s.execute(foreignKey.endsWith(" NOCHECK")
                        ? foreignKey.substring(0, foreignKey.length() - " NOCHECK".length()) : foreignKey);
            }
            for (Map.Entry<String, String> setting : settings.entrySet()) {
                s.execute("set " + setting.getKey() + " " + Long.parseLong(setting.getValue()));
            }
        }
        c.commit();
        if (!indexes.isEmpty()) {
            progress.accept(String.format("  built %d indexes and %d foreign keys in %d s", indexes.size(),
                    foreignKeys.size(),
                    (System.nanoTime() - started) / 1_000_000_000L));
        }
    }

    private static Optional<String> setting(Connection c, String name) {
        try (PreparedStatement s = c.prepareStatement(
                "select setting_value from information_schema.settings where lower(setting_name) = lower(?)")) {
            s.setString(1, name);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The {@code CREATE INDEX} statements of the indexes on {@code tables} that no primary key or unique
     * constraint uses, and the {@code ADD CONSTRAINT ... FOREIGN KEY} statements of their foreign keys.
     */
    private static void definitions(Connection c, List<String> tables, List<String> indexes, List<String> foreignKeys)
            throws SQLException {
        Set<String> constraintIndexes = new HashSet<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select index_name from "
                + "information_schema.table_constraints where index_name is not null and constraint_type <> 'FOREIGN KEY'")) {
            while (rs.next()) {
                constraintIndexes.add(rs.getString(1));
            }
        }
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "script nodata nopasswords nosettings noversion table " + String.join(", ", tables))) {
            while (rs.next()) {
                String sql = rs.getString(1).strip();
                if (sql.startsWith("CREATE INDEX ")
                        && !constraintIndexes.contains(unquoted(between(sql, "CREATE INDEX ", " ON ")))) {
                    indexes.add(sql);
                } else if (sql.startsWith("ALTER TABLE ") && sql.contains(" ADD CONSTRAINT ")
                        && sql.contains(" FOREIGN KEY(")) {
                    foreignKeys.add(sql);
                }
            }
        }
    }

    /** The text of {@code sql} between {@code start} and the first {@code end} after it. */
    private static String between(String sql, String start, String end) {
        int from = sql.indexOf(start) + start.length();
        return sql.substring(from, sql.indexOf(end, from));
    }

    private static String unquoted(String qualified) {
        String name = qualified.substring(qualified.lastIndexOf('.') + 1);
        return name.replace("\"", "");
    }
}
