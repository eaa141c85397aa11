package org.mutual.perf;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.mutual.app.TestUsers;
import org.mutual.domain.user.AccountRepository;
import org.mutual.persistence.base.RequestMemo;
import org.mutual.persistence.base.StatementCount;
import org.mutual.ui.admin.AuditLogView;
import org.mutual.ui.client.ClientView;
import org.mutual.ui.dashboard.DashboardView;
import org.mutual.ui.group.GroupView;
import org.mutual.ui.my.MyHomeworkView;
import org.mutual.ui.progress.GroupProgressView;
import org.mutual.ui.session.SessionView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Renders Mutual's main screens without a browser but with the whole application behind them (views,
 * services, access checks, audit, repositories, database), and counts the SQL statements each render
 * sends. Lazy grids are asked for their first page as the browser would.
 */
abstract class ScreenRenderTestBase extends SpringBrowserlessTest {

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    /** A new H2 file of its own, without the demo practice: the test generates what it renders. */
    static void emptyDatabase(DynamicPropertyRegistry registry, String name) throws IOException {
        String dir = Files.createTempDirectory("mutual-" + name + "-").toString();
        registry.add("mutual.data-dir", () -> dir);
        registry.add("mutual.demo-data.enabled", () -> "false");
    }

    @Autowired DataSource dataSource;
    @Autowired AccountRepository accounts;

    /** The records a practice's screens are opened on: the first therapist's first group and so on. */
    record Practice(String prefix, long group, long session, long client, String clientLogin) {

        String login(Screen screen) {
            return switch (screen.viewer()) {
                case "therapist" -> prefix + "therapist1";
                case "client" -> clientLogin;
                default -> prefix + "admin";
            };
        }
    }

    Practice practice(String prefix) {
        try (Connection c = dataSource.getConnection()) {
            long group = single(c, "select f.group_id from group_facilitator f join app_user u on u.id = f.user_id "
                    + "where u.username = ? and f.is_lead order by f.group_id fetch first 1 rows only",
                    prefix + "therapist1");
            long session = single(c, "select id from therapy_session where group_id = ? and status = 'HELD' "
                    + "order by starts_at desc fetch first 1 rows only", group);
            long client = single(c, "select client_id from membership where group_id = ? order by client_id "
                    + "fetch first 1 rows only", group);
            String login;
            try (PreparedStatement s = c.prepareStatement(
                    "select u.username from client c join app_user u on u.id = c.account_id where c.id = ?")) {
                s.setLong(1, client);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    login = rs.getString(1);
                }
            }
            return new Practice(prefix, group, session, client, login);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long single(Connection c, String sql, Object parameter) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, parameter);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("no row for " + sql + " with " + parameter);
                }
                return rs.getLong(1);
            }
        }
    }

    /** Opens {@code screen} in a fresh UI as its viewer and returns the statements its render sent. */
    StatementCount.Counted render(Screen screen, Practice practice) {
        return timedRender(screen, practice).statements();
    }

    /**
     * A render's statements and its server time, from the navigation or tab click until rendered: wall
     * time, and the CPU time of the thread that rendered it (the view, services and embedded H2 all
     * run on it).
     */
    record Render(StatementCount.Counted statements, long nanos, long cpuNanos) {
    }

    Render timedRender(Screen screen, Practice practice) {
        cleanVaadinEnvironment();
        initVaadinEnvironment();
        TestUsers.signIn(accounts, practice.login(screen));
        try {
            // A page whose tab is measured is opened first, outside the count.
            switch (screen) {
                case SESSION_RECORD_TAB -> navigate("sessions/" + practice.session(), SessionView.class);
                case HOMEWORK_BOARD -> navigate("groups/" + practice.group(), GroupView.class);
                default -> { }
            }
            if (screen == Screen.SESSION_RECORD_TAB || screen == Screen.HOMEWORK_BOARD) {
                roundTrip();
                loadGrids();
            }
            long start = System.nanoTime();
            long cpuStart = CPU.getCurrentThreadCpuTime();
            StatementCount.Counted counted = StatementCount.during(() -> {
                // Two requests, as from a browser: the navigation (or tab click), then the grids' first pages.
                try (RequestMemo.Scope request = RequestMemo.open()) {
                    open(screen, practice);
                }
                try (RequestMemo.Scope request = RequestMemo.open()) {
                    loadGrids();
                }
            });
            long cpu = CPU.getCurrentThreadCpuTime() - cpuStart;
            return new Render(counted, System.nanoTime() - start, cpu);
        } finally {
            TestUsers.signOut();
        }
    }

    private void open(Screen screen, Practice practice) {
        switch (screen) {
            case DASHBOARD -> navigate("", DashboardView.class);
            case GROUP_PAGE -> navigate("groups/" + practice.group(), GroupView.class);
            case GROUP_PROGRESS -> navigate("groups/" + practice.group() + "/progress", GroupProgressView.class);
            case SESSION_PAGE -> navigate("sessions/" + practice.session(), SessionView.class);
            case SESSION_RECORD_TAB -> selectTab("session-tabs", "session.tab.record");
            case CLIENT_PAGE -> navigate("clients/" + practice.client(), ClientView.class);
            case MY_HOMEWORK -> navigate("my/homework", MyHomeworkView.class);
            case HOMEWORK_BOARD -> selectTab("group-tabs", "group.tab.homework");
            case AUDIT_LOG -> navigate("admin/audit", AuditLogView.class);
        }
        roundTrip();
    }

    private void selectTab(String tabSheetId, String labelKey) {
        TabSheet tabs = find(TabSheet.class).id(tabSheetId);
        String label = UI.getCurrent().getTranslation(labelKey);
        Tab tab = find(Tab.class, tabs).all().stream().filter(t -> label.equals(t.getLabel())).findFirst()
                .orElseThrow(() -> new AssertionError("no tab " + label + " on " + tabSheetId));
        tabs.setSelectedTab(tab);
        roundTrip();
    }

    /** What the browser does after a render: asks every lazy grid for its first page. */
    private void loadGrids() {
        for (Grid<?> grid : find(Grid.class).all()) {
            grid.getDataCommunicator().setRequestedRange(0, 50);
        }
        roundTrip();
    }
}
