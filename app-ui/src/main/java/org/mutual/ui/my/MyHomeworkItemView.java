package org.mutual.ui.my;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.mutual.domain.base.ValidationException;
import org.mutual.domain.exercise.RecordingField;
import org.mutual.domain.homework.Homework;
import org.mutual.domain.homework.HomeworkId;
import org.mutual.domain.homework.HomeworkService;
import org.mutual.domain.homework.HomeworkStatus;
import org.mutual.domain.homework.MyHomeworkPage;
import org.mutual.domain.homework.Resource;
import org.mutual.domain.homework.ResourceService;
import org.mutual.domain.schedule.PracticeZone;
import org.mutual.domain.user.Roles;
import org.mutual.ui.base.FieldErrors;
import org.mutual.ui.base.Formats;
import org.mutual.ui.base.Ids;
import org.mutual.ui.homework.Attachments;
import org.mutual.ui.homework.HomeworkBadge;
import org.mutual.ui.homework.PromptAnswers;

/**
 * {@code /my/homework/{id}}: one of the client's own homework — instructions, attached resources, the
 * exercise's prompts and a free reflection, saved as a draft or submitted. Submitted homework is
 * read-only unless the therapist gives it back; after review the therapist's feedback shows. Another
 * client's id gives the access-denied page (and an audit entry).
 */
@Route(MyHomeworkItemView.PATH + ":homeworkId")
@RolesAllowed(Roles.CLIENT)
public class MyHomeworkItemView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    /** The page's address up to its homework's id. */
    static final String PATH = "my/homework/";

    private final transient HomeworkService homework;
    private final transient ResourceService library;
    private final transient PracticeZone practiceZone;
    private final transient Clock clock;
    private HomeworkId id;
    private Homework shown;
    /** The attached resources and the exercise's prompts: read with the homework, they don't change on the page. */
    private List<Resource> attached = List.of();
    private List<RecordingField> prompts = List.of();
    final TextArea reflection = new TextArea();
    private PromptAnswers answers;
    private final FieldErrors errors = new FieldErrors();
    private final Span draftState = new Span();

    public MyHomeworkItemView(HomeworkService homework, ResourceService library, PracticeZone practiceZone,
                              Clock clock) {
        this.homework = homework;
        this.library = library;
        this.practiceZone = practiceZone;
        this.clock = clock;
        setId("my-homework-item");
        addClassName("portal");
    }

    public static RouteParameters parameters(HomeworkId id) {
        return new RouteParameters("homeworkId", id.toString());
    }

    /** This page's address for {@code id}, for a link drawn by the browser rather than a {@code RouterLink}. */
    static String location(HomeworkId id) {
        return PATH + id;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = Ids.parse(event, "homeworkId", "homework", HomeworkId::new);
        MyHomeworkPage page = homework.myHomeworkPage(id);
        shown = page.homework();
        attached = page.attachments();
        prompts = page.prompts();
        ClientZone.resolve(event.getUI(), practiceZone, zone -> render(new Formats(zone, getLocale())));
    }

    private void render(Formats formats) {
        removeAll();
        RouterLink back = new RouterLink(getTranslation("my.homework.back"), MyHomeworkView.class);
        back.setId("my-homework-back");
        H2 title = new H2(shown.title());
        title.setId("homework-title");
        LocalDate today = LocalDate.ofInstant(clock.instant(), formats.zone());
        Div due = new Div(getTranslation("homework.due-on", formats.date(shown.due())));
        due.setId("homework-due-date");
        HorizontalLayout meta = new HorizontalLayout(due, HomeworkBadge.of(shown, today));
        meta.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        add(back, title, meta);

        if (shown.status() == HomeworkStatus.REVIEWED && shown.feedback() != null) {
            Div feedback = new Div(shown.feedback());
            feedback.setId("homework-feedback-text");
            feedback.addClassNames("exercise-text", "portal-feedback");
            add(new H3(getTranslation("my.homework.feedback")), feedback);
        }
        if (shown.instructions() != null) {
            Div instructions = new Div(shown.instructions());
            instructions.setId("homework-instructions-text");
            instructions.addClassName("exercise-text");
            add(new H3(getTranslation("homework.instructions")), instructions);
        }
        if (!attached.isEmpty()) {
            add(new H3(getTranslation("my.homework.resources")), new Attachments(attached, library));
        }

        boolean editable = shown.status() == HomeworkStatus.ASSIGNED;
        errors.clear();
        add(new H3(getTranslation("my.homework.your-answers")));
        if (!prompts.isEmpty()) {
            answers = new PromptAnswers(prompts, shown.answers(), editable);
            answers.bindErrors(errors);
            add(answers);
        } else {
            answers = null;
        }
        reflection.setLabel(getTranslation("homework.reflection"));
        reflection.setId("homework-reflection");
        reflection.setMaxLength(Homework.REFLECTION_MAX);
        reflection.setWidthFull();
        reflection.setMinHeight("10em");
        reflection.setValue(shown.reflection() == null ? "" : shown.reflection());
        reflection.setReadOnly(!editable);
        errors.bind("reflection", reflection);
        add(reflection);

        if (editable) {
            Button save = new Button(getTranslation("my.homework.save"), e -> save(false));
            save.setId("homework-save");
            Button submit = new Button(getTranslation("my.homework.submit"), e -> confirmSubmit());
            submit.setId("homework-submit");
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            draftState.setText("");
            draftState.setId("homework-draft-state");
            draftState.getElement().setAttribute("aria-live", "polite");
            HorizontalLayout actions = new HorizontalLayout(save, submit, draftState);
            actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
            actions.addClassName("portal-actions");
            add(actions);
        } else {
            Paragraph locked = new Paragraph(getTranslation(shown.status() == HomeworkStatus.SUBMITTED
                    ? "my.homework.submitted" : "my.homework.reviewed"));
            locked.setId("homework-locked");
            add(locked);
        }
    }

    private boolean save(boolean quietly) {
        try {
            shown = homework.saveMyDraft(id, reflection.getValue(),
                    answers == null ? java.util.Map.of() : answers.answers(), shown.version());
            errors.clear();
            if (!quietly) {
                draftState.setText(getTranslation("my.homework.saved"));
                Notification saved = Notification.show(getTranslation("my.homework.saved"), 3000,
                        Notification.Position.BOTTOM_CENTER);
                saved.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            }
            return true;
        } catch (ValidationException failure) {
            errors.show(failure, this);
            return false;
        }
    }

    private void confirmSubmit() {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("homework-submit-confirm");
        confirm.setHeader(getTranslation("my.homework.submit-title"));
        confirm.setText(getTranslation("my.homework.submit-text"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.back"));
        Button yes = new Button(getTranslation("my.homework.submit"));
        yes.setId("homework-submit-confirm-button");
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setConfirmButton(yes);
        yes.addClickListener(e -> {
            confirm.close();
            // What is on the screen is what gets handed in.
            if (!save(true)) {
                return;
            }
            try {
                shown = homework.submitMine(id, shown.version());
                Notification sent = Notification.show(getTranslation("my.homework.submitted-now"), 4000,
                        Notification.Position.BOTTOM_CENTER);
                sent.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                ClientZone.resolve(getUI().orElseThrow(), practiceZone, zone -> render(new Formats(zone, getLocale())));
            } catch (ValidationException failure) {
                errors.show(failure, this);
            }
        });
        confirm.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.my-homework-item");
    }
}
