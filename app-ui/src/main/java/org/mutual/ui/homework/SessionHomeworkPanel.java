package org.mutual.ui.homework;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.mutual.domain.client.ClientId;
import org.mutual.domain.exercise.ExerciseService;
import org.mutual.domain.group.GroupId;
import org.mutual.domain.homework.Homework;
import org.mutual.domain.homework.HomeworkService;
import org.mutual.domain.homework.ResourceService;
import org.mutual.domain.membership.MemberView;
import org.mutual.domain.session.SessionId;
import org.mutual.ui.base.Formats;

/**
 * Homework in a session's plan: what the previous session gave (or what fell due since), member by
 * member with its status, to open the session with a review — and "Assign homework" from this session.
 */
public class SessionHomeworkPanel extends VerticalLayout {

    private final transient HomeworkService homework;
    private final transient ExerciseService exercises;
    private final transient ResourceService library;
    private final SessionId session;
    private final GroupId group;
    private final List<MemberView> activeMembers;
    private final Map<ClientId, String> names;
    private final Formats formats;

    public SessionHomeworkPanel(HomeworkService homework, ExerciseService exercises, ResourceService library,
                                SessionId session, GroupId group, List<MemberView> activeMembers,
                                Map<ClientId, String> names, Formats formats) {
        this.homework = homework;
        this.exercises = exercises;
        this.library = library;
        this.session = session;
        this.group = group;
        this.activeMembers = activeMembers;
        this.names = names;
        this.formats = formats;
        setId("plan-homework-review");
        setPadding(false);
        render();
    }

    private void render() {
        removeAll();
        add(new H3(getTranslation("plan.homework-review")));
        List<Homework> due = homework.dueAt(session);
        LocalDate today = formats.today();
        if (due.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("plan.homework-none"));
            none.setId("plan-homework-none");
            add(none);
        }
        for (Homework h : due) {
            String name = names.getOrDefault(h.client(), "?");
            Button open = new Button(getTranslation("homework.open"), e -> {
                ReviewHomeworkDialog dialog = new ReviewHomeworkDialog(homework, library, h.id(), name, formats);
                dialog.addSubmittedListener(done -> render());
                dialog.open();
            });
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            open.setId("plan-homework-open-" + h.id());
            HorizontalLayout row = new HorizontalLayout(new Span(name), new Span(h.title()),
                    HomeworkBadge.of(h, today), open);
            row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
            row.addClassName("plan-homework-row");
            row.setId("plan-homework-" + h.id());
            add(row);
        }
        Button assign = new Button(getTranslation("homework.assign"), e -> {
            AssignHomeworkDialog dialog = new AssignHomeworkDialog(homework, exercises, library, group, session,
                    activeMembers, today);
            dialog.addSubmittedListener(done -> render());
            dialog.open();
        });
        assign.setId("session-homework-assign");
        assign.setEnabled(!activeMembers.isEmpty());
        add(assign);
    }
}
