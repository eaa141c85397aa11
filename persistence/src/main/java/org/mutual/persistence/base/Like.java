package org.mutual.persistence.base;

import java.util.Locale;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

/** Case-insensitive "contains" searches in which the user's {@code %} and {@code _} are plain characters. */
public final class Like {

    private static final char ESCAPE = '!';

    private Like() {
    }

    /** {@code field} contains {@code text}, ignoring case. */
    public static Condition contains(Field<String> field, String text) {
        return DSL.lower(field).like(pattern(text), ESCAPE);
    }

    static String pattern(String text) {
        String escaped = text.toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return "%" + escaped + "%";
    }
}
