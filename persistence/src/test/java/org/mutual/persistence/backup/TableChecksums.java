package org.mutual.persistence.backup;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * Row count and an MD5 of all rows of every table in the public schema, the tables read from
 * information_schema. Rows are rendered column by column and sorted before hashing, so the sum does
 * not depend on the order a database returns them in.
 */
record TableChecksums(Map<String, Summary> tables) {

    record Summary(long rows, String md5) {
    }

    static TableChecksums of(DataSource ds) {
        Map<String, Summary> tables = new TreeMap<>();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            List<String> names = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("select table_name from information_schema.tables"
                    + " where lower(table_schema) = 'public' and table_type in ('BASE TABLE', 'TABLE')")) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            for (String name : names) {
                tables.put(name, summary(s, name));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return new TableChecksums(tables);
    }

    private static Summary summary(Statement s, String table) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("select * from \"" + table + "\"")) {
            ResultSetMetaData meta = rs.getMetaData();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    row.append(meta.getColumnName(i)).append('=').append(value(rs, i, meta.getColumnType(i)))
                            .append('\u001f');
                }
                rows.add(row.toString());
            }
        }
        rows.sort(null);
        try {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            for (String row : rows) {
                md5.update(row.getBytes(StandardCharsets.UTF_8));
                md5.update((byte) '\n');
            }
            return new Summary(rows.size(), HexFormat.of().formatHex(md5.digest()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String value(ResultSet rs, int column, int type) throws SQLException {
        return switch (type) {
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> {
                byte[] bytes = rs.getBytes(column);
                yield bytes == null ? "\u0000null" : HexFormat.of().formatHex(bytes);
            }
            default -> {
                String text = rs.getString(column);
                yield text == null ? "\u0000null" : text;
            }
        };
    }

    List<String> emptyTables() {
        return tables.entrySet().stream().filter(e -> e.getValue().rows() == 0).map(Map.Entry::getKey).toList();
    }

    long totalRows() {
        return tables.values().stream().mapToLong(Summary::rows).sum();
    }
}
