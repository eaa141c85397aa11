package org.mutual.persistence.base;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Answers read once per request. One request (a click, a navigation, a grid page) asks the same
 * questions many times over — "does this therapist facilitate group 7?" from every service a view
 * calls — and the answer cannot change under it except through the request's own writes, which
 * {@link #forget} the answers they touch. So a repository may {@link #remember} an answer for the rest
 * of the request: the same as reading it once at the request's start, on every instance alike, and
 * nothing is kept after the request ends. Outside an open request (jobs, the data generator, tests
 * that call repositories directly) every question goes to the database.
 */
public final class RequestMemo {

    private static final ThreadLocal<Map<Object, Object>> OPEN = new ThreadLocal<>();

    /** An open request; closing it drops every remembered answer. */
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }

    private RequestMemo() {
    }

    /** Opens a request on this thread; a request opened inside another shares the outer one's answers. */
    public static Scope open() {
        if (OPEN.get() != null) {
            return () -> { };
        }
        OPEN.set(new HashMap<>());
        return OPEN::remove;
    }

    /** The answer to {@code question}: remembered from earlier in this request, else read now (and kept). */
    @SuppressWarnings("unchecked")
    public static <T> T remember(Object question, Supplier<T> read) {
        Map<Object, Object> answers = OPEN.get();
        if (answers == null) {
            return read.get();
        }
        Object known = answers.get(question);
        if (known == null) {
            known = read.get();
            answers.put(question, known);
        }
        return (T) known;
    }

    /** Drops the remembered answers a write may have changed, so the next question reads again. */
    public static void forget(Predicate<Object> questions) {
        Map<Object, Object> answers = OPEN.get();
        if (answers != null) {
            answers.keySet().removeIf(questions);
        }
    }
}
