package org.mutual.ui.my;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.page.ExtendedClientDetails;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.mutual.domain.schedule.PracticeZone;

/**
 * The client's own time zone, as their browser reports it: a homework is overdue when its due day has
 * ended where the client is. Until the browser answers (or when it names no valid zone) the
 * practice's zone stands in.
 *
 * <p>A browser reports its zone when the page starts, so the answer is normally there already and the
 * view is drawn once, in the right zone. Only when it is not is the view drawn in the practice's zone
 * first and drawn again when the answer comes — and only if that zone differs.
 */
final class ClientZone {

    private ClientZone() {
    }

    static void resolve(UI ui, PracticeZone practice, Consumer<ZoneId> then) {
        // The zone the view was last drawn in: a zone is drawn only when it differs from it.
        AtomicReference<ZoneId> drawn = new AtomicReference<>();
        Consumer<ZoneId> draw = zone -> {
            if (!zone.equals(drawn.getAndSet(zone))) {
                then.accept(zone);
            }
        };
        // Answers at once when the browser's details are there, else when the browser answers.
        ui.getPage().retrieveExtendedClientDetails(details -> draw.accept(zoneOf(details).orElse(practice.zone())));
        if (drawn.get() == null) {
            draw.accept(practice.zone());
        }
    }

    private static Optional<ZoneId> zoneOf(ExtendedClientDetails details) {
        String id = details.getTimeZoneId();
        if (id == null || id.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(id));
        } catch (DateTimeException unknown) {
            return Optional.empty();
        }
    }
}
