package org.mutual.ui.base;

import com.vaadin.flow.router.BeforeEnterEvent;
import java.util.function.LongFunction;
import org.mutual.domain.base.NotFoundException;

/** Reads a numeric record id from the URL; anything else is "not found", never a server error. */
public final class Ids {

    private Ids() {
    }

    public static <T> T parse(BeforeEnterEvent event, String parameter, String recordType, LongFunction<T> factory) {
        String raw = event.getRouteParameters().get(parameter).orElse("");
        if (!raw.matches("[1-9][0-9]{0,17}")) {
            throw new NotFoundException(recordType, "malformed");
        }
        return factory.apply(Long.parseLong(raw));
    }
}
