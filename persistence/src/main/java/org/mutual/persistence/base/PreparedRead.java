package org.mutual.persistence.base;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.jooq.Configuration;
import org.jooq.ConnectionProvider;
import org.jooq.Context;
import org.jooq.Converter;
import org.jooq.DSLContext;
import org.jooq.DataType;
import org.jooq.ExecuteListenerProvider;
import org.jooq.Field;
import org.jooq.Param;
import org.jooq.Query;
import org.jooq.QueryPart;
import org.jooq.RenderContext.CastMode;
import org.jooq.ResultQuery;
import org.jooq.SQLDialect;
import org.jooq.Record;
import org.jooq.Select;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.CustomQueryPart;
import org.jooq.impl.DSL;
import org.jooq.impl.DataSourceConnectionProvider;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/**
 * A read the busy screens run many times a second, prepared once: jOOQ renders its SQL when the repository
 * is built, and each run binds the values and maps the rows straight from JDBC. The statement runs on
 * the connection jOOQ would use ({@link Configuration#connectionProvider()}, so inside a Spring
 * transaction it is that transaction's). An error of the statement is a jOOQ {@link DataAccessException}
 * with the SQL; one of taking the connection is what the connection source throws (Spring's
 * {@code CannotGetJdbcConnectionException} in the application).
 *
 * <p>jOOQ does not execute it: going through jOOQ's execution (its execute context, listeners and
 * result set wrappers) cost more than the JDBC work itself on the embedded H2 database, where a page
 * of rows is read in microseconds (docs/performance.md, Fixes). So jOOQ's execute listeners don't see
 * it, except those that also implement {@link Observer}: {@link StatementCount} does, so every screen's
 * statements are still counted. Two of the application's listeners act on statements: Spring Boot's
 * exception translator, which a prepared read's errors don't go through (they stay jOOQ's exception;
 * nothing in Mutual tells Spring's kinds of data access error apart), and {@link OneWriterAtATime},
 * which lets reads pass: a prepared read is always one, a select that locks rows is refused.
 *
 * <p>The query is still written with jOOQ's generated, typed tables and columns, and the rows are still
 * read by column, not by position ({@link RowValues}: its typed getters read a key or a timestamp with
 * the JDBC call for its type, without a generic value in between). The select names its inputs with
 * {@link DSL#param(String, Class)}, each used once, and lists them in {@link #of}; {@link #fetch} takes
 * their values in that order. Inputs are single values; columns are single values or arrays (nest a
 * collection with {@code array_agg}: a {@code MULTISET} is JSON that only jOOQ's records read).
 *
 * @param <T> what a row becomes
 */
public final class PreparedRead<T> {

    private static final int PAGES_KEPT = 64;

    /** Turns the current row into a {@code T}. */
    @FunctionalInterface
    public interface RowMapper<T> {
        T map(RowValues row);
    }

    /**
     * An execute listener that is also told of each prepared read, before it is sent: with the SQL sent
     * and the statement with its values, made only when asked for.
     */
    public interface Observer {
        void sent(String sql, Supplier<Query> statement);
    }

    private final DSLContext dsl;
    private final String sql;
    /** The SQL between its bind markers: one more part than markers. */
    private final String[] between;
    private final Field<?>[] columns;
    private final Value[] readers;
    /**
     * Whether the driver reads an array column straight into a Java array of its type (H2 does; the
     * PostgreSQL driver only gives a {@link java.sql.Array}, copied into one).
     */
    private final boolean arraysByClass;
    private final RowMapper<T> mapper;
    /** For each bind marker in {@link #sql}: the index of the value given to {@link #fetch}, or -1. */
    private final int[] valueIndex;
    /** For each bind marker: the input it binds (its value, when it is not one of fetch's). */
    private final Param<?>[] binds;
    /** For each bind marker: how its value is bound. */
    private final Value[] bindTypes;
    /** For each bind marker: whether its value is written into the SQL as a number instead of bound. */
    private final boolean[] literal;
    /** Whether this is a page: its last two inputs, the offset and row count, are written into the SQL. */
    private final boolean page;
    /**
     * The SQL of each page asked for so far, by offset and row count (up to {@link #PAGES_KEPT}): the same
     * string every time, so the database's statement cache finds it without reading it through again.
     */
    private final Map<Long, String> pages = new ConcurrentHashMap<>();
    private final int parameterCount;

    private PreparedRead(DSLContext dsl, Select<?> select, RowMapper<T> mapper, List<Param<?>> parameters,
                         boolean page) {
        this.dsl = dsl;
        this.mapper = mapper;
        this.sql = dsl.render(select);
        this.between = sql.split("\\?", -1);
        this.columns = select.getSelect().toArray(Field<?>[]::new);
        this.arraysByClass = dsl.dialect().family() == SQLDialect.H2;
        this.readers = Arrays.stream(columns).map(c -> Value.of(c.getDataType(), c.getConverter(), c.toString()))
                .toArray(Value[]::new);
        this.parameterCount = parameters.size();
        // The params of the select that are bind markers, in the order of the SQL (jOOQ lists a named one
        // once however often it is used, and inline ones too: those are written into the SQL).
        List<Param<?>> inSql = dsl.extractParams(select).values().stream().filter(p -> !p.isInline()).toList();
        if (dsl.extractBindValues(select).size() != inSql.size()) {
            throw new IllegalArgumentException("a named parameter is used more than once in " + sql);
        }
        Set<String> declared = new HashSet<>();
        for (Param<?> p : parameters) {
            if (p.getParamName() == null || !declared.add(p.getParamName())) {
                throw new IllegalArgumentException("parameters need distinct names: " + parameters);
            }
        }
        Set<String> unused = new LinkedHashSet<>(declared);
        this.valueIndex = new int[inSql.size()];
        this.binds = new Param<?>[inSql.size()];
        this.bindTypes = new Value[inSql.size()];
        this.literal = new boolean[inSql.size()];
        int marker = 0;
        for (Param<?> p : inSql) {
            int index = p.getParamName() == null ? -1 : indexOfName(parameters, p.getParamName());
            if (index < 0 && p.getParamName() != null) {
                throw new IllegalArgumentException("parameter '" + p.getParamName() + "' is not declared");
            }
            unused.remove(p.getParamName());
            valueIndex[marker] = index;
            binds[marker] = p;
            String input = p.getParamName() == null ? "the value " + p : "'" + p.getParamName() + "'";
            bindTypes[marker] = Value.of(p.getDataType(), p.getConverter(), input);
            if (bindTypes[marker].sqlType == Types.ARRAY) {
                throw new IllegalArgumentException(input + " is an array; a prepared read binds single values");
            }
            // A page's last two inputs, its offset and row count, are written into the SQL.
            literal[marker] = page && index >= parameters.size() - 2;
            marker++;
        }
        this.page = page;
        if (!unused.isEmpty()) {
            throw new IllegalArgumentException("parameters not in the query: " + unused);
        }
        if (between.length != binds.length + 1) {
            throw new IllegalArgumentException("a '?' that is not a bind marker in " + sql);
        }
        if (!sql.regionMatches(true, 0, "select", 0, 6) || OneWriterAtATime.locksOrWrites(sql)) {
            throw new IllegalArgumentException("a prepared read is a select that does not lock rows: " + sql);
        }
    }

    /**
     * Renders {@code select} for {@code dsl}'s database.
     *
     * @param parameters the inputs of the select, in the order {@link #fetch} takes their values
     * @throws IllegalArgumentException when an input is used twice, not declared or not used, or is an
     *         array; when a column or input can't be read or bound straight on JDBC; when the select locks
     *         rows
     */
    public static <T> PreparedRead<T> of(DSLContext dsl, Select<?> select, RowMapper<T> mapper,
                                         Param<?>... parameters) {
        return new PreparedRead<>(dsl, select, mapper, List.of(parameters), false);
    }

    /**
     * Like {@link #of}, for a page: {@link #fetch} takes the values of {@code parameters}, then the offset
     * and the row count, which are written into the SQL as numbers on each run instead of bound. A bound
     * {@code LIMIT} was slower on PostgreSQL (no one plan suits every limit): the audit log's first page,
     * by hand, took 0.144 ms with its offset and limit bound and 0.099 ms with them written in
     * (docs/performance.md, Fixes). Each page is then a statement of its own; the first pages are the
     * ones read again and again.
     */
    public static <T> PreparedRead<T> page(DSLContext dsl, Select<?> select, RowMapper<T> mapper,
                                           List<Param<?>> parameters, Param<Integer> offset, Param<Integer> limit) {
        List<Param<?>> all = new ArrayList<>(parameters);
        all.add(offset);
        all.add(limit);
        return new PreparedRead<>(dsl, select, mapper, all, true);
    }

    /** The rows for these values of the parameters (in the order they were declared). */
    public List<T> fetch(Object... values) {
        check(values);
        String sent = page ? pageSql(values) : sql;
        Configuration configuration = dsl.configuration();
        for (ExecuteListenerProvider provider : configuration.executeListenerProviders()) {
            if (provider.provide() instanceof Observer observer) {
                observer.sent(sent, () -> statement(values));
            }
        }
        ConnectionProvider connections = configuration.connectionProvider();
        DataSource pool = springPool(connections);
        Connection connection = pool != null ? DataSourceUtils.getConnection(pool) : connections.acquire();
        try (PreparedStatement statement = connection.prepareStatement(sent)) {
            if (pool != null) {
                DataSourceUtils.applyTransactionTimeout(statement, pool);
            }
            int marker = 0;
            for (int i = 0; i < binds.length; i++) {
                if (!literal[i]) {
                    bindTypes[i].bind(statement, ++marker, valueIndex[i] < 0 ? binds[i].getValue()
                            : values[valueIndex[i]]);
                }
            }
            try (ResultSet rs = statement.executeQuery()) {
                Row row = new Row(rs, columns, readers, arraysByClass, sent);
                List<T> result = new ArrayList<>();
                while (row.next()) {
                    result.add(mapper.map(row));
                }
                return result;
            }
        } catch (SQLException e) {
            throw failed(sent, e);
        } finally {
            if (pool != null) {
                DataSourceUtils.releaseConnection(connection, pool);
            } else {
                connections.release(connection);
            }
        }
    }

    /**
     * The pool behind jOOQ's connections when they come from Spring's transaction-aware proxy (as in
     * the application): the connection is then taken as that proxy takes it, from the thread's
     * transaction or else the pool, without a proxy object and two reflective calls per statement.
     */
    private static DataSource springPool(ConnectionProvider connections) {
        return connections instanceof DataSourceConnectionProvider provider
                && provider.dataSource() instanceof TransactionAwareDataSourceProxy proxy
                ? proxy.getTargetDataSource() : null;
    }

    /** The SQL, rendered once, with a {@code ?} for each value bound on a run. */
    public String sql() {
        return sql;
    }

    /** The statement {@link #fetch} sends for these values, with the values written in: to explain it. */
    public String sqlWith(Object... values) {
        return dsl.renderInlined(statement(values));
    }

    /** The number of values, and each value's type. */
    private void check(Object... values) {
        if (values.length != parameterCount) {
            throw new IllegalArgumentException(parameterCount + " parameter values expected, got " + values.length);
        }
        for (int i = 0; i < binds.length; i++) {
            Object value = valueIndex[i] < 0 ? null : values[valueIndex[i]];
            if (value != null && !binds[i].getType().isInstance(value)) {
                throw new IllegalArgumentException("'" + binds[i].getParamName() + "' takes a "
                        + binds[i].getType().getSimpleName() + ", not " + value.getClass().getSimpleName());
            }
            if (literal[i] && value == null) {
                throw new IllegalArgumentException("'" + binds[i].getParamName() + "' needs a value");
            }
        }
    }

    /** The SQL of the page at these values' offset and row count (the last two values). */
    private String pageSql(Object... values) {
        long key = (long) (Integer) values[parameterCount - 2] << 32
                | ((Integer) values[parameterCount - 1] & 0xFFFF_FFFFL);
        String page = pages.get(key);
        if (page == null) {
            page = withLiterals(values);
            if (pages.size() < PAGES_KEPT) {
                pages.put(key, page);
            }
        }
        return page;
    }

    /** The SQL with the offset and row count of this page written in, and a marker for every other value. */
    private String withLiterals(Object... values) {
        StringBuilder sent = new StringBuilder(sql.length() + 16).append(between[0]);
        for (int i = 0; i < binds.length; i++) {
            sent.append(literal[i] ? values[valueIndex[i]].toString() : "?").append(between[i + 1]);
        }
        return sent.toString();
    }

    /** The statement as jOOQ would run it, with these values: for {@link #sqlWith} and observers. */
    private ResultQuery<Record> statement(Object... values) {
        check(values);
        QueryPart[] bindings = new QueryPart[binds.length];
        for (int i = 0; i < binds.length; i++) {
            if (valueIndex[i] < 0) {
                bindings[i] = binds[i];
                continue;
            }
            Object value = values[valueIndex[i]];
            bindings[i] = literal[i] ? DSL.inline((int) (Integer) value) : value(binds[i], value);
        }
        return dsl.resultQuery("{0}", new Rendered(between, bindings));
    }

    private static <V> QueryPart value(Param<V> param, Object value) {
        return DSL.val(value, param.getDataType());
    }

    /** An error of the database while {@code sql} ran or its rows were read. */
    private static DataAccessException failed(String sql, SQLException e) {
        return new DataAccessException("SQL [" + sql + "]; " + e.getMessage(), e);
    }

    private static int indexOfName(List<Param<?>> parameters, String name) {
        for (int i = 0; i < parameters.size(); i++) {
            if (name.equals(parameters.get(i).getParamName())) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The SQL with this run's bind values: its parts appended as they are, the values bound between them.
     * (Handing jOOQ the SQL as a plain SQL template would have it read the text character by character on
     * every run, looking for markers it was already told about.)
     */
    private static final class Rendered extends CustomQueryPart {
        private final String[] between;
        private final QueryPart[] bindings;

        Rendered(String[] between, QueryPart[] bindings) {
            this.between = between;
            this.bindings = bindings;
        }

        @Override
        public void accept(Context<?> ctx) {
            // Any cast jOOQ put around a marker is already in the parts.
            ctx.castMode(CastMode.NEVER, c -> {
                c.sql(between[0]);
                for (int i = 0; i < bindings.length; i++) {
                    c.visit(bindings[i]).sql(between[i + 1]);
                }
            });
        }
    }

    /** The current row of the result, read by the select's columns. */
    private static final class Row implements RowValues {
        private final ResultSet rs;
        private final Field<?>[] columns;
        private final Value[] readers;
        private final boolean arraysByClass;
        private final String sql;
        /**
         * The index of each column the mapper asked for on the first row, in the order it asked: it asks
         * the same on every row, so on the others each is found at a glance.
         */
        private int[] order;
        private int asked;
        private int askedOnFirstRow = -1;

        private Row(ResultSet rs, Field<?>[] columns, Value[] readers, boolean arraysByClass, String sql) {
            this.rs = rs;
            this.columns = columns;
            this.readers = readers;
            this.arraysByClass = arraysByClass;
            this.sql = sql;
            this.order = new int[columns.length];
        }

        /** Moves on to the next row; false after the last. */
        boolean next() throws SQLException {
            if (askedOnFirstRow < 0 && asked > 0) {
                askedOnFirstRow = asked;
            }
            asked = 0;
            return rs.next();
        }

        @Override
        @SuppressWarnings("unchecked")
        public <V> V get(Field<V> column) {
            int i = indexOf(column);
            try {
                return (V) readers[i].read(rs, i + 1, arraysByClass);
            } catch (SQLException e) {
                throw failed(sql, e);
            }
        }

        // The typed getters make the one JDBC call for their type (see RowValues); a 0 or false may be a
        // null, which only getLongOrNull gives back.

        @Override
        public long getLong(Field<Long> column) {
            int i = indexOf(column);
            try {
                long value = rs.getLong(i + 1);
                if (value == 0) {
                    refuseNull(column);
                }
                return value;
            } catch (SQLException e) {
                throw failed(sql, e);
            }
        }

        @Override
        public int getInt(Field<Integer> column) {
            int i = indexOf(column);
            try {
                int value = rs.getInt(i + 1);
                if (value == 0) {
                    refuseNull(column);
                }
                return value;
            } catch (SQLException e) {
                throw failed(sql, e);
            }
        }

        @Override
        public boolean getBoolean(Field<Boolean> column) {
            int i = indexOf(column);
            try {
                boolean value = rs.getBoolean(i + 1);
                if (!value) {
                    refuseNull(column);
                }
                return value;
            } catch (SQLException e) {
                throw failed(sql, e);
            }
        }

        @Override
        public Long getLongOrNull(Field<Long> column) {
            int i = indexOf(column);
            try {
                long value = rs.getLong(i + 1);
                return value == 0 && rs.wasNull() ? null : value;
            } catch (SQLException e) {
                throw failed(sql, e);
            }
        }

        @Override
        public String getString(Field<String> column) {
            int i = indexOf(column);
            try {
                return rs.getString(i + 1);
            } catch (SQLException e) {
                throw failed(sql, e);
            }
        }

        @Override
        public OffsetDateTime getTimestamp(Field<OffsetDateTime> column) {
            return getObject(column, OffsetDateTime.class);
        }

        @Override
        public LocalDate getDate(Field<LocalDate> column) {
            return getObject(column, LocalDate.class);
        }

        private <V> V getObject(Field<V> column, Class<V> type) {
            int i = indexOf(column);
            try {
                return rs.getObject(i + 1, type);
            } catch (SQLException e) {
                throw failed(sql, e);
            }
        }

        /** Fails when the value just read from {@code column} was a null: a key or a version never is. */
        private void refuseNull(Field<?> column) throws SQLException {
            if (rs.wasNull()) {
                throw new IllegalStateException(column + " is null");
            }
        }

        private int indexOf(Field<?> column) {
            int at = asked++;
            if (at < askedOnFirstRow && columns[order[at]] == column) {
                return order[at];
            }
            int i = find(column);
            if (askedOnFirstRow < 0) {
                if (at == order.length) {
                    order = Arrays.copyOf(order, 2 * at);
                }
                order[at] = i;
            }
            return i;
        }

        private int find(Field<?> column) {
            for (int i = 0; i < columns.length; i++) {
                if (columns[i] == column) {
                    return i;
                }
            }
            for (int i = 0; i < columns.length; i++) {
                if (columns[i].equals(column)) {
                    return i;
                }
            }
            throw new IllegalArgumentException(column + " is not a column of " + sql);
        }
    }

    /**
     * The Java types a prepared read binds and reads, each with the JDBC calls for it (a switch, not a
     * lambda per type: one call site for every type of every column).
     */
    private enum Value {
        LONG(Long.class, Types.BIGINT), INTEGER(Integer.class, Types.INTEGER), BOOLEAN(Boolean.class, Types.BOOLEAN),
        STRING(String.class, Types.VARCHAR), DECIMAL(BigDecimal.class, Types.NUMERIC),
        TIMESTAMP_TZ(OffsetDateTime.class, Types.TIMESTAMP_WITH_TIMEZONE), DATE(LocalDate.class, Types.DATE),
        TIMESTAMP(LocalDateTime.class, Types.TIMESTAMP), STRINGS(String[].class, Types.ARRAY),
        LONGS(Long[].class, Types.ARRAY), INTEGERS(Integer[].class, Types.ARRAY);

        private final Class<?> type;
        private final int sqlType;

        Value(Class<?> type, int sqlType) {
            this.type = type;
            this.sqlType = sqlType;
        }

        /** How a value of this type is bound and read; {@code what} names the column or input refused. */
        static Value of(DataType<?> dataType, Converter<?, ?> converter, String what) {
            if (dataType.isMultiset() || converter.fromType() != converter.toType()) {
                throw new IllegalArgumentException(what + " is converted by jOOQ; use its value as it is stored");
            }
            for (Value value : values()) {
                if (value.type == dataType.getType()) {
                    return value;
                }
            }
            throw new IllegalArgumentException(what + " is a " + dataType.getType().getSimpleName()
                    + "; a prepared read binds and reads numbers, texts, booleans, dates and timestamps, and"
                    + " reads arrays of them");
        }

        /**
         * The value of column {@code i} of the current row; an array straight into a Java array when the
         * driver can ({@code arraysByClass}), else copied out of its {@link Array}.
         */
        Object read(ResultSet rs, int i, boolean arraysByClass) throws SQLException {
            return switch (this) {
                case LONG -> {
                    long v = rs.getLong(i);
                    yield v == 0 && rs.wasNull() ? null : v;
                }
                case INTEGER -> {
                    int v = rs.getInt(i);
                    yield v == 0 && rs.wasNull() ? null : v;
                }
                case BOOLEAN -> {
                    boolean v = rs.getBoolean(i);
                    yield !v && rs.wasNull() ? null : v;
                }
                case STRING -> rs.getString(i);
                case DECIMAL -> rs.getBigDecimal(i);
                case TIMESTAMP_TZ, DATE, TIMESTAMP -> rs.getObject(i, type);
                case STRINGS, LONGS, INTEGERS -> arraysByClass ? rs.getObject(i, type)
                        : array(rs.getArray(i), type.getComponentType());
            };
        }

        void bind(PreparedStatement statement, int i, Object value) throws SQLException {
            if (value == null) {
                statement.setNull(i, sqlType);
                return;
            }
            switch (this) {
                case LONG -> statement.setLong(i, (Long) value);
                case INTEGER -> statement.setInt(i, (Integer) value);
                case BOOLEAN -> statement.setBoolean(i, (Boolean) value);
                case STRING -> statement.setString(i, (String) value);
                case DECIMAL -> statement.setBigDecimal(i, (BigDecimal) value);
                case TIMESTAMP_TZ, DATE, TIMESTAMP -> statement.setObject(i, value);
                case STRINGS, LONGS, INTEGERS -> throw new IllegalStateException("arrays are refused as inputs");
            }
        }

        private static Object array(Array array, Class<?> component) throws SQLException {
            if (array == null) {
                return null;
            }
            try {
                Object[] elements = (Object[]) array.getArray();
                Object[] typed = (Object[]) java.lang.reflect.Array.newInstance(component, elements.length);
                System.arraycopy(elements, 0, typed, 0, elements.length);
                return typed;
            } finally {
                array.free();
            }
        }
    }
}
