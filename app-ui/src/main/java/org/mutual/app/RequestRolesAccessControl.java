package org.mutual.app;

import com.vaadin.flow.server.HandlerHelper;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AccessCheckDecisionResolver;
import com.vaadin.flow.server.auth.NavigationAccessChecker;
import com.vaadin.flow.spring.security.SpringNavigationAccessControl;
import java.util.List;
import java.util.function.Predicate;

/**
 * Vaadin's navigation access control, asking an ordinary HTTP request for the signed-in person's
 * roles directly.
 *
 * <p>The stock control finds Spring Security's role prefix anew on every navigation through Vaadin's
 * service lookup, which also scans the class path's {@code META-INF/services} — in the production
 * jar about one navigation in twenty of the server's time under load. For an ordinary request it then
 * asks {@code request.isUserInRole}, which already applies Spring Security's prefix ({@code ROLE_},
 * which Mutual does not change): the answer is the same. Without a request, or over a push connection
 * (Mutual has none today), the stock control's own way stands. The access matrix test checks every
 * route for every role against the running application.
 */
final class RequestRolesAccessControl extends SpringNavigationAccessControl {

    RequestRolesAccessControl(List<NavigationAccessChecker> checkers, AccessCheckDecisionResolver resolver) {
        super(checkers, resolver);
    }

    @Override
    protected Predicate<String> getRolesChecker(VaadinRequest request) {
        if (request == null || HandlerHelper.isRequestType(request, HandlerHelper.RequestType.PUSH)) {
            return super.getRolesChecker(request);
        }
        return request::isUserInRole;
    }
}
