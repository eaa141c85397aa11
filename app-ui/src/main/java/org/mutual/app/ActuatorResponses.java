package org.mutual.app;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;

/** The actuator's refusals as bare status codes, for scrapers and probes rather than people. */
final class ActuatorResponses {

    private ActuatorResponses() {
    }

    static void unauthorized(HttpServletRequest request, HttpServletResponse response, AuthenticationException e) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"Mutual actuator\"");
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    }

    static void forbidden(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
    }
}
