package org.mutual.ui.my;

import com.vaadin.flow.component.UI;
import java.time.ZoneId;
import java.util.function.Consumer;
import org.mutual.domain.schedule.PracticeZone;

/**
 * The client's own time zone, as their browser reports it: a homework is overdue when its due day has
 * ended where the client is. Until the browser answers (or when it names no valid zone) the
 * practice's zone stands in.
 */
final class ClientZone {

    private ClientZone() {
    }

    static void resolve(UI ui, PracticeZone practice, Consumer<ZoneId> then) {
        then.accept(practice.zone());
        ui.getPage().retrieveExtendedClientDetails(details -> {
            try {
                String id = details.getTimeZoneId();
                if (id != null && !id.isBlank()) {
                    then.accept(ZoneId.of(id));
                }
            } catch (java.time.DateTimeException unknown) {
                // The practice's zone stays.
            }
        });
    }
}
