package org.mutual.persistence.base;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.jooq.Field;
import org.jooq.Record;

/**
 * One row's values, read by column: a jOOQ record's, or the current row of a {@link PreparedRead}. A
 * repository maps both to its domain type with one method.
 *
 * <p>The typed getters are for mapping many rows: on a prepared read each is the one JDBC call for its
 * type, where {@link #get} goes through a value of any type (and a {@code Long} for a number). On the
 * board of 240 homework rows that difference was a fifth of the read (docs/performance.md, Fixes).
 */
public interface RowValues {

    /** The value of {@code column}, one of the row's columns. */
    <V> V get(Field<V> column);

    /**
     * The value of {@code column}, a number that is never null (a key, a version): without a {@code Long}
     * in between where the row is read straight from JDBC.
     *
     * @throws IllegalStateException when it is null after all
     */
    default long getLong(Field<Long> column) {
        return notNull(column, get(column));
    }

    /** Like {@link #getLong}, for an {@code int}. */
    default int getInt(Field<Integer> column) {
        return notNull(column, get(column));
    }

    /** Like {@link #getLong}, for a {@code boolean}. */
    default boolean getBoolean(Field<Boolean> column) {
        return notNull(column, get(column));
    }

    /** A number, or null. */
    default Long getLongOrNull(Field<Long> column) {
        return get(column);
    }

    /** A text, or null. */
    default String getString(Field<String> column) {
        return get(column);
    }

    /** A timestamp with its offset, or null. */
    default OffsetDateTime getTimestamp(Field<OffsetDateTime> column) {
        return get(column);
    }

    /** A date, or null. */
    default LocalDate getDate(Field<LocalDate> column) {
        return get(column);
    }

    private static <V> V notNull(Field<V> column, V value) {
        if (value == null) {
            throw new IllegalStateException(column + " is null");
        }
        return value;
    }

    /** The values of a jOOQ record. */
    static RowValues of(Record record) {
        return new RowValues() {
            @Override
            public <V> V get(Field<V> column) {
                return record.get(column);
            }
        };
    }
}
