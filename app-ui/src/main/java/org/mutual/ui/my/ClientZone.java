package org.mutual.ui.my;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.page.ExtendedClientDetails;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Optional;
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
        ZoneId fallback = practice.zone();
        Answer answer = new Answer();
        ui.getPage().retrieveExtendedClientDetails(details -> {
            ZoneId zone = zoneOf(details).orElse(fallback);
            if (!answer.drawnInFallback || !zone.equals(fallback)) {
                then.accept(zone);
            }
            answer.received = true;
        });
        if (!answer.received) {
            answer.drawnInFallback = true;
            then.accept(fallback);
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

    /** Whether the browser's answer came at once, and whether the view was drawn before it came. */
    private static final class Answer {
        boolean received;
        boolean drawnInFallback;
    }
}
