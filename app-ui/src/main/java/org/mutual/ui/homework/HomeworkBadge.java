package org.mutual.ui.homework;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.I18NProvider;
import java.time.LocalDate;
import org.mutual.domain.homework.Homework;
import org.mutual.domain.homework.HomeworkStatus;

/**
 * A homework's status as a badge; still assigned after its due day reads "overdue". Lists drawn in the
 * browser (a grid's template) use {@link #shown}, {@link #theme} and {@link #text} to draw the same
 * badge without a component per row.
 */
public final class HomeworkBadge {

    private HomeworkBadge() {
    }

    public static Span of(Homework homework, LocalDate today) {
        boolean overdue = homework.isOverdue(today);
        Span badge = new Span(text(homework.status(), overdue));
        badge.getElement().getThemeList().add(theme(homework.status(), overdue));
        badge.addClassName("homework-status");
        badge.getElement().setAttribute("data-status", shown(homework.status(), overdue));
        return badge;
    }

    /** What the badge says it is: the status, or {@code OVERDUE} for assigned homework past its day. */
    public static String shown(HomeworkStatus status, boolean overdue) {
        return overdue ? "OVERDUE" : status.name();
    }

    public static String theme(HomeworkStatus status, boolean overdue) {
        return switch (status) {
            case ASSIGNED -> overdue ? "badge error" : "badge contrast";
            case SUBMITTED -> "badge";
            case REVIEWED -> "badge success";
        };
    }

    public static String text(HomeworkStatus status, boolean overdue) {
        return I18NProvider.translate("homework.status." + shown(status, overdue));
    }
}
