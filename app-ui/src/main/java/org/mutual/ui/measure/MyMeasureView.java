package org.mutual.ui.measure;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.IntStream;
import org.mutual.domain.base.ValidationException;
import org.mutual.domain.measure.Instrument;
import org.mutual.domain.measure.MeasureResponse;
import org.mutual.domain.measure.MeasureService;
import org.mutual.domain.measure.ResponseId;
import org.mutual.domain.schedule.PracticeZone;
import org.mutual.domain.user.Roles;
import org.mutual.ui.base.FieldErrors;
import org.mutual.ui.base.Formats;
import org.mutual.ui.base.Ids;
import org.springframework.beans.factory.annotation.Value;

/**
 * {@code /my/measures/{id}}: one questionnaire, one group of four answers per item. The client may
 * save part of it and come back; submitting needs every item and is final. Choosing more than "Not
 * at all" on the PHQ-9's self-harm item saves at once (which alerts the facilitators) and shows the
 * practice's crisis contacts. Another client's questionnaire is refused and the attempt audited.
 */
@Route("my/measures/:responseId")
@RolesAllowed(Roles.CLIENT)
public class MyMeasureView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final transient MeasureService measures;
    private final Formats formats;
    private final String crisisResources;
    private final Map<Integer, RadioButtonGroup<Integer>> items = new LinkedHashMap<>();
    private final FieldErrors errors = new FieldErrors();
    private MeasureResponse response;
    private Div crisis;

    public MyMeasureView(MeasureService measures, PracticeZone zone,
                         @Value("${mutual.crisis-resources:}") String crisisResources) {
        this.measures = measures;
        this.formats = new Formats(zone.zone(), getLocale());
        this.crisisResources = crisisResources;
        setId("my-measure");
    }

    public static RouteParameters parameters(ResponseId id) {
        return new RouteParameters("responseId", id.toString());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ResponseId id = Ids.parse(event, "responseId", "measure response", ResponseId::new);
        response = measures.myResponse(id);
        render();
    }

    private void render() {
        removeAll();
        items.clear();
        Instrument instrument = response.instrument();
        H2 title = new H2(getTranslation("measure.instrument." + instrument.name()));
        title.setId("measure-title");
        add(title);
        if (response.isSubmitted()) {
            Paragraph done = new Paragraph(getTranslation("measure.final", formats.dateTime(response.submittedAt())));
            done.setId("measure-final");
            add(done);
            response.score().ifPresent(s -> {
                Paragraph score = new Paragraph(getTranslation("measure.score-text", s.total(),
                        instrument.maxTotal(), getTranslation("measure.band." + s.band().name())));
                score.setId("measure-score");
                add(score);
            });
        } else {
            Paragraph due = new Paragraph(getTranslation("measure.due-on", formats.date(response.due())));
            due.setId("measure-due");
            add(due);
        }
        crisis = crisisPanel();
        crisis.setVisible(response.raisesSafetyAlert());
        add(crisis);

        add(new H3(getTranslation("measure." + instrument.name() + ".stem")));
        for (int item = 1; item <= instrument.items(); item++) {
            add(itemField(instrument, item));
        }
        if (!response.isSubmitted()) {
            Button save = new Button(getTranslation("measure.save"), e -> save());
            save.setId("measure-save");
            Button submit = new Button(getTranslation("measure.submit"), e -> submit());
            submit.setId("measure-submit");
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(new HorizontalLayout(save, submit));
        }
    }

    private RadioButtonGroup<Integer> itemField(Instrument instrument, int item) {
        RadioButtonGroup<Integer> answer = new RadioButtonGroup<>();
        answer.setId("measure-item-" + item);
        answer.setLabel(getTranslation("measure.item.label", item,
                getTranslation("measure." + instrument.name() + ".item." + item)));
        answer.setItems(IntStream.rangeClosed(Instrument.MIN_ANSWER, Instrument.MAX_ANSWER).boxed().toList());
        answer.setItemLabelGenerator(value -> getTranslation("measure.answer." + value));
        answer.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        answer.setValue(response.answers().get(item));
        answer.setReadOnly(response.isSubmitted());
        answer.setWidthFull();
        answer.addClassName("measure-item");
        if (instrument.safetyItem().orElse(0) == item) {
            answer.addValueChangeListener(e -> {
                if (e.isFromClient() && e.getValue() != null && e.getValue() > 0) {
                    // Don't wait for the client to press save: the facilitators are alerted now.
                    crisis.setVisible(true);
                    crisis.scrollIntoView();
                    save();
                }
            });
        }
        items.put(item, answer);
        errors.bind(MeasureResponse.field(item), answer);
        return answer;
    }

    private Div crisisPanel() {
        Div panel = new Div();
        panel.setId("measure-crisis");
        panel.addClassName("measure-crisis");
        panel.getElement().setAttribute("role", "alert");
        String text = crisisResources == null || crisisResources.isBlank()
                ? getTranslation("measure.crisis.default") : crisisResources.strip();
        Paragraph resources = new Paragraph(text);
        resources.setId("measure-crisis-resources");
        panel.add(new H3(getTranslation("measure.crisis.title")), resources,
                new Paragraph(getTranslation("measure.crisis.notified")));
        return panel;
    }

    private Map<Integer, Integer> answers() {
        Map<Integer, Integer> answers = new LinkedHashMap<>();
        items.forEach((item, field) -> answers.put(item, field.getValue()));
        return answers;
    }

    private void save() {
        try {
            response = measures.saveMine(response.id(), answers(), response.version());
            errors.clear();
            Notification.show(getTranslation("measure.saved")).setId("measure-saved");
        } catch (ValidationException failure) {
            errors.show(failure, this);
        }
    }

    private void submit() {
        try {
            response = measures.submitMine(response.id(), answers(), response.version());
        } catch (ValidationException failure) {
            errors.show(failure, this);
            items.values().stream().filter(RadioButtonGroup::isInvalid).findFirst()
                    .ifPresent(RadioButtonGroup::scrollIntoView);
            return;
        }
        render();
        // The score and the final state are at the top; the client pressed submit at the bottom.
        getComponentAt(0).scrollIntoView();
        Notification.show(getTranslation("measure.submitted-message")).setId("measure-submitted");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.my-measure");
    }
}
