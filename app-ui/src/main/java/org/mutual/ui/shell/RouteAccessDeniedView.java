package org.mutual.ui.shell;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import org.mutual.domain.audit.Audit;

/** Shown when a signed-in user opens a route their role may not use; the attempt is audited. */
@PermitAll
@ParentLayout(MainLayout.class)
public class RouteAccessDeniedView extends DeniedPage implements HasDynamicTitle, HasErrorParameter<AccessDeniedException> {

    private final transient Audit audit;

    public RouteAccessDeniedView(Audit audit) {
        this.audit = audit;
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        audit.denied("route.open", "route", "/" + event.getLocation().getPath());
        return HttpServletResponse.SC_FORBIDDEN;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.route-access-denied");
    }
}
