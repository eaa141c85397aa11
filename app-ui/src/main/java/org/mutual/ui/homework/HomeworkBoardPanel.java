package org.mutual.ui.homework;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.mutual.domain.client.ClientId;
import org.mutual.domain.exercise.ExerciseService;
import org.mutual.domain.group.GroupId;
import org.mutual.domain.homework.AssignmentBatchId;
import org.mutual.domain.homework.Homework;
import org.mutual.domain.homework.HomeworkBoard;
import org.mutual.domain.homework.HomeworkService;
import org.mutual.domain.homework.ResourceService;
import org.mutual.domain.membership.MemberView;
import org.mutual.ui.base.Formats;

/**
 * The group's homework board: current members (rows) against assignments (columns, latest first),
 * each cell the member's status — assigned, submitted, reviewed or overdue. A cell opens the review
 * dialog; "Assign homework" opens the assign dialog.
 */
public class HomeworkBoardPanel extends VerticalLayout {

    private final transient HomeworkService homework;
    private final transient ExerciseService exercises;
    private final transient ResourceService library;
    private final GroupId group;
    private final List<MemberView> activeMembers;
    private final Map<ClientId, String> names;
    private final Formats formats;

    public HomeworkBoardPanel(HomeworkService homework, ExerciseService exercises, ResourceService library,
                              GroupId group, List<MemberView> activeMembers, Map<ClientId, String> names,
                              Formats formats) {
        this.homework = homework;
        this.exercises = exercises;
        this.library = library;
        this.group = group;
        this.activeMembers = activeMembers;
        this.names = names;
        this.formats = formats;
        setId("homework-board");
        setPadding(false);
        render();
    }

    private void render() {
        removeAll();
        Button assign = new Button(getTranslation("homework.assign"), e -> {
            AssignHomeworkDialog dialog = new AssignHomeworkDialog(homework, exercises, library, group, null,
                    activeMembers, formats.today());
            dialog.addSubmittedListener(done -> render());
            dialog.open();
        });
        assign.setId("homework-assign-open");
        assign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        assign.setEnabled(!activeMembers.isEmpty());
        add(assign);

        HomeworkBoard board = homework.board(group);
        List<AssignmentBatchId> batches = board.batches().reversed();
        if (batches.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("homework.board.empty"));
            empty.setId("homework-board-empty");
            add(empty);
            return;
        }
        Grid<ClientId> grid = new Grid<>();
        grid.setId("homework-board-grid");
        grid.setAllRowsVisible(true);
        grid.addColumn(c -> names.getOrDefault(c, "?")).setHeader(getTranslation("homework.board.member"))
                .setFrozen(true).setAutoWidth(true).setFlexGrow(0);
        LocalDate today = formats.today();
        for (AssignmentBatchId batch : batches) {
            Homework first = board.homework().stream().filter(h -> h.batch().equals(batch)).findFirst().orElseThrow();
            Div header = new Div(new Div(first.title()),
                    new Div(getTranslation("homework.due-on", formats.date(first.due()))));
            header.addClassName("homework-board-header");
            grid.addComponentColumn(member -> cell(board.cell(member, batch), member, today))
                    .setHeader(header)
                    .setTextAlign(ColumnTextAlign.CENTER)
                    .setAutoWidth(true);
        }
        grid.setItems(board.members());
        add(grid);
    }

    private Component cell(Optional<Homework> homeworkOf, ClientId member, LocalDate today) {
        if (homeworkOf.isEmpty()) {
            return new Span("—");
        }
        Homework h = homeworkOf.get();
        Button open = new Button(HomeworkBadge.of(h, today));
        open.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        open.setId("homework-cell-" + h.id());
        open.addClickListener(e -> {
            ReviewHomeworkDialog dialog = new ReviewHomeworkDialog(homework, library, h.id(),
                    names.getOrDefault(member, "?"), formats);
            dialog.addSubmittedListener(done -> render());
            dialog.open();
        });
        return open;
    }
}
