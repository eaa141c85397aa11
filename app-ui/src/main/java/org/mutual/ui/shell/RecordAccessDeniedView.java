package org.mutual.ui.shell;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import org.mutual.domain.base.AccessDeniedException;

/**
 * Shown when a service refuses a record (another therapist's group, another client's homework).
 * The service has already audited the denial.
 */
@PermitAll
@ParentLayout(MainLayout.class)
public class RecordAccessDeniedView extends DeniedPage implements HasDynamicTitle, HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        return HttpServletResponse.SC_FORBIDDEN;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.record-access-denied");
    }
}
