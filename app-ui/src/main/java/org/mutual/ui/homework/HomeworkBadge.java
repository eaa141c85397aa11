package org.mutual.ui.homework;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.I18NProvider;
import java.time.LocalDate;
import org.mutual.domain.homework.Homework;

/** A homework's status as a badge; still assigned after its due day reads "overdue". */
public final class HomeworkBadge {

    private HomeworkBadge() {
    }

    public static Span of(Homework homework, LocalDate today) {
        boolean overdue = homework.isOverdue(today);
        String key = overdue ? "homework.status.OVERDUE" : "homework.status." + homework.status().name();
        Span badge = new Span(I18NProvider.translate(key));
        badge.getElement().getThemeList().add(switch (homework.status()) {
            case ASSIGNED -> overdue ? "badge error" : "badge contrast";
            case SUBMITTED -> "badge";
            case REVIEWED -> "badge success";
        });
        badge.addClassName("homework-status");
        badge.getElement().setAttribute("data-status", overdue ? "OVERDUE" : homework.status().name());
        return badge;
    }
}
