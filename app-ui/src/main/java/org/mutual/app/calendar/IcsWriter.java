package org.mutual.app.calendar;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.mutual.domain.calendar.CalendarEvent;
import org.mutual.domain.calendar.CalendarFeed;
import org.mutual.domain.schedule.SessionLocation;
import org.springframework.stereotype.Component;

/**
 * Writes a feed as an iCalendar document. Times carry the practice zone's TZID with its VTIMEZONE,
 * so a session at 18:30 stays at 18:30 across daylight-saving changes in every calendar app; a zone
 * ical4j has no definition for falls back to UTC times. Each session keeps one UID for life and its
 * SEQUENCE is the session's revision, so a moved or cancelled session replaces the app's copy.
 */
@Component
public class IcsWriter {

    static final String PRODUCT_ID = "-//Mutual//Group session calendar//EN";

    private final TimeZoneRegistry zones = TimeZoneRegistryFactory.getInstance().createRegistry();
    private final Clock clock;

    public IcsWriter(Clock clock) {
        this.clock = clock;
    }

    /** The UID of a session's event: the same in every feed and every fetch. */
    public static String uid(CalendarEvent event) {
        return "session-" + event.session() + "@mutual";
    }

    public String write(CalendarFeed feed) {
        Optional<VTimeZone> zone = definitionOf(feed.zone());
        Calendar calendar = new Calendar()
                .withProdId(PRODUCT_ID)
                .withProperty(ImmutableVersion.VERSION_2_0)
                .withProperty(ImmutableCalScale.GREGORIAN)
                .withProperty(new XProperty("X-WR-CALNAME", "Mutual"))
                .getFluentTarget();
        if (zone.isPresent()) {
            calendar.add(zone.get());
        }
        Instant stamp = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        for (CalendarEvent event : feed.events()) {
            calendar.add(toVEvent(event, zone.isPresent() ? feed.zone() : null, stamp));
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static VEvent toVEvent(CalendarEvent event, ZoneId zone, Instant stamp) {
        VEvent v = new VEvent(false);
        v.add(new Uid(uid(event)));
        v.add(new DtStamp(stamp));
        v.add(new DtStart<>(inZone(event.start(), zone)));
        v.add(new DtEnd<>(inZone(event.end(), zone)));
        v.add(new Summary(event.groupName()));
        v.add(new Sequence(event.revision()));
        v.add(event.cancelled() ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        SessionLocation location = event.location();
        String place = location == null ? null : location.place();
        String videoLink = location == null ? null : location.videoLink();
        // Many calendar apps show LOCATION but ignore URL: an online session names its link in both.
        if (place != null || videoLink != null) {
            v.add(new Location(place != null ? place : videoLink));
        }
        if (videoLink != null) {
            toUri(videoLink).ifPresent(uri -> v.add(new Url(uri)));
        }
        return v;
    }

    private static Temporal inZone(Instant instant, ZoneId zone) {
        Instant whole = instant.truncatedTo(ChronoUnit.SECONDS);
        return zone == null ? whole : whole.atZone(zone);
    }

    private Optional<VTimeZone> definitionOf(ZoneId zone) {
        TimeZone known = zones.getTimeZone(zone.getId());
        return Optional.ofNullable(known).map(TimeZone::getVTimeZone);
    }

    private static Optional<URI> toUri(String link) {
        try {
            return Optional.of(new URI(link));
        } catch (URISyntaxException e) {
            // Stored links were checked as https URLs when entered; one that isn't stays in LOCATION.
            return Optional.empty();
        }
    }
}
