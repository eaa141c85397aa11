package org.mutual.domain.schedule;

import java.net.URI;
import java.net.URISyntaxException;
import org.mutual.domain.base.Validator;

/**
 * Where a session takes place: a room, a video link, or both (a hybrid session). At least one is
 * needed. Only https links are accepted so a meeting link never travels in clear text.
 */
public record SessionLocation(String place, String videoLink) {

    public static final int PLACE_MAX = 200;
    public static final int VIDEO_LINK_MAX = 500;

    /** Checks both fields and fails with all broken rules at once; blank fields become null. */
    public static SessionLocation of(String place, String videoLink) {
        Validator v = new Validator();
        String cleanPlace = v.optionalText(place, "place", PLACE_MAX);
        String cleanLink = v.optionalText(videoLink, "videoLink", VIDEO_LINK_MAX);
        v.require(cleanPlace != null || cleanLink != null, "place", "session.location.required");
        v.require(cleanLink == null || isHttpsUrl(cleanLink), "videoLink", "session.video-link.https");
        v.throwIfInvalid();
        return new SessionLocation(cleanPlace, cleanLink);
    }

    private static boolean isHttpsUrl(String link) {
        try {
            URI uri = new URI(link);
            return "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
