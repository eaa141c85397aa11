package org.mutual.persistence.base;

import java.util.Locale;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.mutual.domain.base.Validator;

/** Case-insensitive "contains" searches in which the user's {@code %} and {@code _} are plain characters. */
public final class Like {

    private static final char ESCAPE = '!';

    private Like() {
    }

    /**
     * {@code field} contains {@code text}, ignoring case. Text that no stored value can hold (a NUL,
     * another control character, half a surrogate pair) matches nothing; PostgreSQL would refuse to
     * even compare it.
     */
    public static Condition contains(Field<String> field, String text) {
        if (!Validator.isStorable(text)) {
            return DSL.falseCondition();
        }
        return DSL.lower(field).like(pattern(text), ESCAPE);
    }

    static String pattern(String text) {
        String escaped = text.toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return "%" + escaped + "%";
    }
}
