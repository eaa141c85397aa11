package org.mutual.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.server.auth.NavigationAccessControl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The navigation access control Vaadin guards views with is Mutual's (roles asked of the request), and
 * it is switched on; {@code AccessMatrixTest} checks what it decides for every route and role.
 */
class NavigationAccessControlTest extends RunningAppTest {

    @Autowired ApplicationContext context;

    @Test
    void views_are_guarded_by_the_request_roles_control_and_it_is_on() {
        NavigationAccessControl used = context.getBean(NavigationAccessControl.class);

        assertThat(used).isInstanceOf(RequestRolesAccessControl.class);
        assertThat(used.isEnabled()).isTrue();
    }
}
