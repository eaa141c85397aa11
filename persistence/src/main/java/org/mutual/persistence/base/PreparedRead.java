package org.mutual.persistence.base;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jooq.Context;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Param;
import org.jooq.QueryPart;
import org.jooq.RenderContext.CastMode;
import org.jooq.ResultQuery;
import org.jooq.Record;
import org.jooq.Select;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.CustomQueryPart;
import org.jooq.impl.DSL;

/**
 * A read the busy screens run many times a second, prepared once: jOOQ renders its SQL when the repository
 * is built, and each run only binds the parameters and maps the rows straight from the JDBC result set.
 * jOOQ still executes it, so the statement goes through the same connection (and Spring transaction),
 * execute listeners (statement count, one writer at a time) and exception translation as every other;
 * an error while its rows are read is a jOOQ {@link DataAccessException} with the SQL.
 *
 * <p>What it saves is rendering the query and building a jOOQ record per row on every call: the
 * benchmark's floor (docs/performance.md) measured those at 1.5–2× a hand-written JDBC read of the same
 * rows on PostgreSQL. The query is still written with jOOQ's generated, typed tables and columns, and
 * the rows are still read by column ({@link RowValues#get(Field)}), not by position.
 *
 * <p>The select names its inputs with {@link DSL#param(String, Class)}, each used once, and lists them
 * in {@link #of}; {@link #fetch} takes their values in that order. Columns are plain values or arrays
 * (nest a collection with {@code array_agg}: a {@code MULTISET} is JSON that only jOOQ's records read).
 *
 * @param <T> what a row becomes
 */
public final class PreparedRead<T> {

    /** Turns the current row into a {@code T}. */
    @FunctionalInterface
    public interface RowMapper<T> {
        T map(RowValues row);
    }

    private final DSLContext dsl;
    private final String sql;
    /** The SQL between its bind markers: one more part than markers. */
    private final String[] between;
    private final List<Field<?>> columns;
    private final Column[] readers;
    private final RowMapper<T> mapper;
    /** For each bind marker in {@link #sql}: the index of the value given to {@link #fetch}, or -1. */
    private final int[] valueIndex;
    /** For each bind marker: the input it binds, whose data type binds the value given to fetch. */
    private final Param<?>[] binds;
    /** For each bind marker: whether its value is written into the SQL as a number instead of bound. */
    private final boolean[] literal;
    private final int parameterCount;

    private PreparedRead(DSLContext dsl, Select<?> select, RowMapper<T> mapper, List<Param<?>> parameters,
                         Set<String> literals) {
        this.dsl = dsl;
        this.mapper = mapper;
        this.sql = dsl.render(select);
        this.between = sql.split("\\?", -1);
        this.columns = List.copyOf(select.getSelect());
        this.readers = columns.stream().map(Column::of).toArray(Column[]::new);
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
            literal[marker] = index >= 0 && literals.contains(p.getParamName());
            marker++;
        }
        if (!unused.isEmpty()) {
            throw new IllegalArgumentException("parameters not in the query: " + unused);
        }
        if (between.length != binds.length + 1) {
            throw new IllegalArgumentException("a '?' that is not a bind marker in " + sql);
        }
    }

    /**
     * Renders {@code select} for {@code dsl}'s database.
     *
     * @param parameters the inputs of the select, in the order {@link #fetch} takes their values
     * @throws IllegalArgumentException when an input is used twice, not declared or not used, or a
     *         column can't be read straight from JDBC
     */
    public static <T> PreparedRead<T> of(DSLContext dsl, Select<?> select, RowMapper<T> mapper,
                                         Param<?>... parameters) {
        return new PreparedRead<>(dsl, select, mapper, List.of(parameters), Set.of());
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
        return new PreparedRead<>(dsl, select, mapper, all, Set.of(offset.getParamName(), limit.getParamName()));
    }

    /** The rows for these values of the parameters (in the order they were declared). */
    public List<T> fetch(Object... values) {
        // Coerced to the select's columns, so jOOQ does not work them out from the result's metadata.
        try (Cursor<Record> cursor = statement(values).coerce(columns).fetchLazy()) {
            ResultSet rs = cursor.resultSet();
            Row row = new Row(rs, columns, readers, sql);
            List<T> result = new ArrayList<>();
            while (rs.next()) {
                result.add(mapper.map(row));
            }
            return result;
        } catch (SQLException e) {
            throw new DataAccessException("SQL [" + sql + "]; " + e.getMessage(), e);
        }
    }

    /** The SQL, rendered once, with a {@code ?} for each value bound on a run. */
    public String sql() {
        return sql;
    }

    /** The statement {@link #fetch} sends for these values, with the values written in: to explain it. */
    public String sqlWith(Object... values) {
        return dsl.renderInlined(statement(values));
    }

    private ResultQuery<Record> statement(Object... values) {
        if (values.length != parameterCount) {
            throw new IllegalArgumentException(parameterCount + " parameter values expected, got " + values.length);
        }
        QueryPart[] bindings = new QueryPart[binds.length];
        for (int i = 0; i < binds.length; i++) {
            if (valueIndex[i] < 0) {
                bindings[i] = binds[i];
                continue;
            }
            Object value = values[valueIndex[i]];
            if (value != null && !binds[i].getType().isInstance(value)) {
                throw new IllegalArgumentException("'" + binds[i].getParamName() + "' takes a "
                        + binds[i].getType().getSimpleName() + ", not " + value.getClass().getSimpleName());
            }
            bindings[i] = literal[i] ? DSL.inline((int) (Integer) value) : value(binds[i], value);
        }
        return dsl.resultQuery("{0}", new Rendered(between, bindings));
    }

    private static <V> QueryPart value(Param<V> param, Object value) {
        return DSL.val(value, param.getDataType());
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
        private final List<Field<?>> columns;
        private final Column[] readers;
        private final String sql;
        /** Where the next column is looked for first: mappers mostly read the columns in their order. */
        private int next;

        private Row(ResultSet rs, List<Field<?>> columns, Column[] readers, String sql) {
            this.rs = rs;
            this.columns = columns;
            this.readers = readers;
            this.sql = sql;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <V> V get(Field<V> column) {
            int i = indexOf(column);
            try {
                return (V) readers[i].read(rs, i + 1);
            } catch (SQLException e) {
                throw new DataAccessException("SQL [" + sql + "]; " + e.getMessage(), e);
            }
        }

        private int indexOf(Field<?> column) {
            if (next < readers.length && columns.get(next) == column) {
                return next++;
            }
            for (int i = 0; i < readers.length; i++) {
                if (columns.get(i) == column) {
                    next = i + 1;
                    return i;
                }
            }
            for (int i = 0; i < readers.length; i++) {
                if (columns.get(i).equals(column)) {
                    next = i + 1;
                    return i;
                }
            }
            throw new IllegalArgumentException(column + " is not a column of " + sql);
        }
    }

    /** Reads one column's value in the Java type of its field. */
    @FunctionalInterface
    private interface Column {
        Object read(ResultSet rs, int i) throws SQLException;

        static Column of(Field<?> field) {
            if (field.getDataType().isMultiset() || field.getConverter().fromType() != field.getType()) {
                throw new IllegalArgumentException(field + " is converted by jOOQ; read its value as it is stored");
            }
            Class<?> type = field.getType();
            if (type == Long.class) {
                return (rs, i) -> {
                    long v = rs.getLong(i);
                    return v == 0 && rs.wasNull() ? null : v;
                };
            } else if (type == Integer.class) {
                return (rs, i) -> {
                    int v = rs.getInt(i);
                    return v == 0 && rs.wasNull() ? null : v;
                };
            } else if (type == Boolean.class) {
                return (rs, i) -> {
                    boolean v = rs.getBoolean(i);
                    return !v && rs.wasNull() ? null : v;
                };
            } else if (type == String.class) {
                return ResultSet::getString;
            } else if (type == BigDecimal.class) {
                return ResultSet::getBigDecimal;
            } else if (type == OffsetDateTime.class || type == LocalDate.class || type == LocalDateTime.class) {
                return (rs, i) -> rs.getObject(i, type);
            } else if (type == String[].class || type == Long[].class || type == Integer[].class) {
                return (rs, i) -> array(rs.getArray(i), type.getComponentType());
            }
            throw new IllegalArgumentException(field + " is a " + type.getSimpleName()
                    + "; a prepared read reads numbers, texts, booleans, dates, timestamps and arrays of them");
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
