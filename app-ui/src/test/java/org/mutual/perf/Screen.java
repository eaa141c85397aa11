package org.mutual.perf;

/**
 * The screens whose statement count the benchmark checks, with who looks at them. A tab is counted from
 * the moment it is selected on its already open page.
 */
public enum Screen {
    DASHBOARD("dashboard", "therapist"),
    GROUP_PAGE("group page", "therapist"),
    GROUP_PROGRESS("group progress dashboard", "therapist"),
    SESSION_PAGE("session page", "therapist"),
    SESSION_RECORD_TAB("session record tab", "therapist"),
    CLIENT_PAGE("client page", "therapist"),
    MY_HOMEWORK("/my/homework", "client"),
    HOMEWORK_BOARD("homework board", "therapist"),
    AUDIT_LOG("audit log", "admin");

    private final String title;
    private final String viewer;

    Screen(String title, String viewer) {
        this.title = title;
        this.viewer = viewer;
    }

    public String title() {
        return title;
    }

    /** therapist, client or admin. */
    public String viewer() {
        return viewer;
    }

    /** The measure's name in the results: statements.group-page and so on. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
