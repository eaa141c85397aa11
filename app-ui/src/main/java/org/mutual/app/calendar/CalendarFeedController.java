package org.mutual.app.calendar;

import org.mutual.domain.calendar.CalendarFeedService;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves a private calendar feed to calendar apps, which can't sign in: the secret in the address is
 * the credential. Anything but a live link of an active account answers a bare 404, the same for a
 * link that never existed as for one that was replaced or turned off. Nothing is cached on the way:
 * the response belongs to one person.
 */
@RestController
public class CalendarFeedController {

    static final String CONTENT_TYPE = "text/calendar; charset=utf-8";
    static final String CACHE_CONTROL = "private, no-store";

    private final CalendarFeedService feeds;
    private final IcsWriter writer;

    public CalendarFeedController(CalendarFeedService feeds, IcsWriter writer) {
        this.feeds = feeds;
        this.writer = writer;
    }

    @GetMapping("/calendar/{token}.ics")
    public ResponseEntity<String> feed(@PathVariable String token) {
        return feeds.feed(token)
                .map(feed -> ResponseEntity.ok()
                        .header(HttpHeaders.CONTENT_TYPE, CONTENT_TYPE)
                        .header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL)
                        .body(writer.write(feed)))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND)
                        .header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL)
                        .build());
    }
}
