package org.mutual.ui.homework;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.List;
import org.mutual.domain.homework.Homework;
import org.mutual.domain.homework.HomeworkId;
import org.mutual.domain.homework.HomeworkService;
import org.mutual.domain.homework.HomeworkStatus;
import org.mutual.domain.homework.Resource;
import org.mutual.domain.homework.ResourceService;
import org.mutual.ui.base.FormDialog;
import org.mutual.ui.base.Formats;

/**
 * One member's homework for a facilitator: instructions, the client's answers and reflection, and —
 * once submitted — feedback with "Mark reviewed", or "Give back" to let the client continue.
 */
public class ReviewHomeworkDialog extends FormDialog<Homework> {

    final TextArea feedback = new TextArea();
    private final transient HomeworkService homework;
    private final Homework shown;

    public ReviewHomeworkDialog(HomeworkService homework, ResourceService library, HomeworkId id, String memberName,
                                Formats formats) {
        super("homework.review.title", "homework.review.mark-reviewed", "homework-review");
        this.homework = homework;
        this.shown = homework.read(id);
        List<Resource> attached = homework.attachments(id);
        LocalDate today = formats.today();

        Paragraph who = new Paragraph(getTranslation("homework.review.of", memberName, shown.title(),
                formats.date(shown.due())));
        who.setId("homework-review-heading");
        add(new HorizontalLayout(who, HomeworkBadge.of(shown, today)));
        if (shown.instructions() != null) {
            add(new H4(getTranslation("homework.instructions")), text(shown.instructions(), "homework-review-instructions"));
        }
        if (!attached.isEmpty()) {
            add(new Attachments(attached, library));
        }
        List<org.mutual.domain.exercise.RecordingField> prompts = homework.prompts(shown);
        if (!prompts.isEmpty()) {
            add(new H4(getTranslation("homework.answers")), PromptAnswers.summary(prompts, shown.answers()));
        }
        add(new H4(getTranslation("homework.reflection")),
                text(shown.reflection() == null ? getTranslation("homework.no-reflection") : shown.reflection(),
                        "homework-review-reflection"));

        feedback.setLabel(getTranslation("homework.feedback"));
        feedback.setId("homework-feedback");
        feedback.setMaxLength(Homework.FEEDBACK_MAX);
        feedback.setWidthFull();
        feedback.setValue(shown.feedback() == null ? "" : shown.feedback());
        bindError("feedback", feedback);
        bindError("status", feedback);
        boolean submitted = shown.status() == HomeworkStatus.SUBMITTED;
        feedback.setReadOnly(!submitted);
        add(feedback);
        if (submitted) {
            Button giveBack = new Button(getTranslation("homework.review.give-back"), e -> {
                homework.reopen(id, shown.version());
                closeAsSubmitted();
            });
            giveBack.setId("homework-review-give-back");
            getFooter().addComponentAsFirst(giveBack);
        } else {
            setSubmitVisible(false);
        }
        setWidth("min(44rem, 100vw)");
    }

    private static Div text(String value, String id) {
        Div div = new Div(value);
        div.setId(id);
        div.addClassName("exercise-text");
        return div;
    }

    @Override
    protected Homework build() {
        return homework.review(shown.id(), feedback.getValue(), shown.version());
    }
}
