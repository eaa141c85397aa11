package org.mutual.persistence.base;

import org.jooq.Field;
import org.jooq.Record;

/**
 * One row's values, read by column: a jOOQ record's, or the current row of a {@link PreparedRead}. A
 * repository maps both to its domain type with one method.
 */
public interface RowValues {

    /** The value of {@code column}, one of the row's columns. */
    <V> V get(Field<V> column);

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
