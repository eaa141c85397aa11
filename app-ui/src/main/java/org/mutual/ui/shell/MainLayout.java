package org.mutual.ui.shell;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.mutual.domain.user.AppUser;
import org.mutual.domain.user.CurrentUser;
import org.mutual.domain.user.Role;
import org.mutual.ui.admin.AdminView;
import org.mutual.ui.admin.AuditLogView;
import org.mutual.ui.admin.UsersView;
import org.mutual.ui.base.LanguageSelect;
import org.mutual.ui.base.Languages;
import org.mutual.ui.dashboard.DashboardView;
import org.mutual.ui.exercise.ExercisesView;
import org.mutual.ui.group.GroupsView;
import org.mutual.ui.homework.ResourcesView;
import org.mutual.ui.intake.IntakesView;
import org.mutual.ui.measure.MyMeasuresView;
import org.mutual.ui.my.MyHomeworkView;
import org.mutual.ui.my.MySessionsView;

/** The frame around every signed-in screen: navigation for the user's role, their name, logout. */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    public MainLayout(CurrentUser currentUser, AuthenticationContext authenticationContext, Languages languages) {
        H1 title = new H1(getTranslation("app.name"));
        title.addClassName("app-title");

        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), title);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.setWidthFull();
        header.addClassName("app-header");

        currentUser.get().ifPresent(user -> {
            Span name = new Span(user.displayName());
            name.setId("current-user");
            Button logout = new Button(getTranslation("nav.logout"), e -> authenticationContext.logout());
            logout.setId("logout");
            logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            HorizontalLayout account = new HorizontalLayout(name, new LanguageSelect(languages), logout);
            account.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
            account.addClassName("app-account");
            header.add(account);
            header.expand(title);
            addToDrawer(navigationFor(user));
        });
        addToNavbar(header);
    }

    private SideNav navigationFor(AppUser user) {
        SideNav nav = new SideNav();
        nav.setId("main-nav");
        if (user.is(Role.THERAPIST)) {
            nav.addItem(new SideNavItem(getTranslation("nav.dashboard"), DashboardView.class));
            nav.addItem(new SideNavItem(getTranslation("nav.groups"), GroupsView.class));
            nav.addItem(new SideNavItem(getTranslation("nav.intakes"), IntakesView.class));
            nav.addItem(new SideNavItem(getTranslation("nav.exercises"), ExercisesView.class));
            nav.addItem(new SideNavItem(getTranslation("nav.resources"), ResourcesView.class));
        } else if (user.is(Role.ADMIN)) {
            nav.addItem(new SideNavItem(getTranslation("nav.admin"), AdminView.class));
            nav.addItem(new SideNavItem(getTranslation("nav.users"), UsersView.class));
            nav.addItem(new SideNavItem(getTranslation("nav.audit"), AuditLogView.class));
            nav.addItem(new SideNavItem(getTranslation("nav.groups"), GroupsView.class));
            nav.addItem(new SideNavItem(getTranslation("nav.intakes"), IntakesView.class));
        } else if (user.is(Role.CLIENT)) {
            nav.addItem(new SideNavItem(getTranslation("nav.my-homework"), MyHomeworkView.class));
            nav.addItem(new SideNavItem(getTranslation("nav.my-sessions"), MySessionsView.class));
            nav.addItem(new SideNavItem(getTranslation("measure.nav"), MyMeasuresView.class));
        }
        return nav;
    }
}
