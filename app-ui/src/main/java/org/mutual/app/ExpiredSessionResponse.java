package org.mutual.app;

import com.vaadin.flow.server.HandlerHelper;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.shared.ApplicationConstants;
import com.vaadin.flow.spring.security.RequestUtil;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.security.web.session.SessionInformationExpiredEvent;
import org.springframework.security.web.session.SessionInformationExpiredStrategy;

/**
 * The answer to the first request of a session that was ended (its user was deactivated); Spring
 * Security has already signed it out. A page load goes to the login page. Vaadin's client gets what
 * Vaadin itself sends for an expired session, so it reloads the page and lands on the login page
 * too: a redirect would hand it HTML where it expects JSON, and a bare 401 leaves it stuck.
 */
final class ExpiredSessionResponse implements SessionInformationExpiredStrategy {

    private final RequestUtil requestUtil;

    ExpiredSessionResponse(RequestUtil requestUtil) {
        this.requestUtil = requestUtil;
    }

    @Override
    public void onExpiredSessionDetected(SessionInformationExpiredEvent event) throws IOException {
        HttpServletRequest request = event.getRequest();
        HttpServletResponse response = event.getResponse();
        response.setHeader("Cache-Control", "no-cache");
        if (!requestUtil.isFrameworkInternalRequest(request)) {
            response.sendRedirect(request.getContextPath() + "/login");
        } else if (HandlerHelper.RequestType.UIDL.getIdentifier()
                .equals(request.getParameter(ApplicationConstants.REQUEST_TYPE_PARAMETER))) {
            response.setContentType("application/json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write(VaadinService.createSessionExpiredJSON(false));
        } else {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "Session expired");
        }
    }
}
