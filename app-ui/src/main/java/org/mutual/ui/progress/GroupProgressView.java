package org.mutual.ui.progress;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.mutual.domain.attendance.AttendanceCount;
import org.mutual.domain.group.GroupId;
import org.mutual.domain.measure.Instrument;
import org.mutual.domain.measure.ReliableChange;
import org.mutual.domain.membership.MembershipStatus;
import org.mutual.domain.progress.BalanceFigure;
import org.mutual.domain.progress.GroupProgress;
import org.mutual.domain.progress.GroupProgressService;
import org.mutual.domain.progress.HomeworkTally;
import org.mutual.domain.progress.MemberProgress;
import org.mutual.domain.progress.Presence;
import org.mutual.domain.progress.ScoreFigure;
import org.mutual.domain.schedule.PracticeZone;
import org.mutual.domain.user.Roles;
import org.mutual.ui.base.Formats;
import org.mutual.ui.base.Ids;
import org.mutual.ui.group.GroupView;

/**
 * {@code /groups/{id}/progress}: the whole group on one screen — its figures, then one row per
 * current member with attendance over time, homework, the latest questionnaire scores and
 * give-and-take balance. The group's facilitators see all of it; an admin sees attendance only;
 * anyone else gets the access-denied page (the service audits the refusal). A table rather than a
 * grid: a group has at most 30 members, and on a phone each row becomes a card (see styles.css).
 */
@Route("groups/:groupId/progress")
@RolesAllowed({Roles.THERAPIST, Roles.ADMIN})
public class GroupProgressView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** A figure that has no value yet; the words below it say why. */
    private static final String NONE = "–";

    private final transient GroupProgressService service;
    private final Formats formats;
    private String title;

    public GroupProgressView(GroupProgressService service, PracticeZone zone) {
        this.service = service;
        this.formats = new Formats(zone.zone(), getLocale());
        setId("progress-view");
        addClassName("progress-view");
    }

    public static RouteParameters parameters(GroupId id) {
        return new RouteParameters("groupId", id.toString());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        GroupId id = Ids.parse(event, "groupId", "group", GroupId::new);
        render(service.progress(id));
    }

    @Override
    public String getPageTitle() {
        return title == null ? getTranslation("title.progress") : title;
    }

    private void render(GroupProgress progress) {
        removeAll();
        title = getTranslation("progress.page-title", progress.groupName());
        H2 heading = new H2(getTranslation("progress.title", progress.groupName()));
        heading.setId("progress-title");
        RouterLink back = new RouterLink(getTranslation("progress.back"), GroupView.class,
                GroupView.parameters(progress.group()));
        back.setId("progress-back");
        add(heading, back, summary(progress));

        if (!progress.clinical()) {
            add(note("progress-clinical-hidden", getTranslation("progress.clinical-hidden")));
        }
        if (!progress.hasHeldSessions()) {
            add(note("progress-no-sessions", getTranslation("progress.no-sessions")));
        }
        if (progress.members().isEmpty()) {
            add(note("progress-no-members", getTranslation("progress.no-members")));
            return;
        }
        add(members(progress));
        if (progress.hasHeldSessions()) {
            add(note("progress-legend", getTranslation("progress.legend")));
        }
        if (progress.clinical()) {
            add(note("progress-reliable-note", getTranslation("progress.reliable-note",
                    Instrument.PHQ9.reliableChange(), Instrument.GAD7.reliableChange())));
        }
    }

    // --- the group's figures ----------------------------------------------------------------------

    private Component summary(GroupProgress progress) {
        Div row = new Div();
        row.setId("progress-summary");
        row.addClassName("progress-summary");
        row.add(figure("progress-sessions-held", getTranslation("progress.sessions-held"),
                String.valueOf(progress.sessionsHeld()), null));
        AttendanceCount attendance = progress.attendance();
        row.add(figure("progress-attendance", getTranslation("progress.attendance"),
                attendance.hasData() ? percent(attendance.rate()) : NONE,
                attendance.hasData() ? countOf(attendance) : getTranslation("progress.no-data")));
        progress.homework().ifPresent(h -> row.add(figure("progress-homework", getTranslation("progress.homework"),
                h.assigned() == 0 ? NONE : percent(h.completion()), h.assigned() == 0
                        ? getTranslation("progress.homework.none")
                        : getTranslation("progress.of", h.done(), h.assigned()) + " · "
                                + getTranslation("progress.overdue", h.overdue()))));
        if (progress.clinical()) {
            row.add(figure("progress-improved", getTranslation("progress.improved"),
                    String.valueOf(progress.reliablyImproved()),
                    getTranslation("progress.improved.detail", progress.members().size())));
        }
        return row;
    }

    private static Component figure(String id, String label, String value, String detail) {
        Div card = new Div();
        card.setId(id);
        card.addClassName("progress-figure");
        Span number = new Span(value);
        number.addClassName("progress-figure-value");
        Span caption = new Span(label);
        caption.addClassName("progress-figure-label");
        card.add(number, caption);
        if (detail != null) {
            Span small = new Span(detail);
            small.addClassName("progress-figure-detail");
            card.add(small);
        }
        return card;
    }

    // --- one row per member -----------------------------------------------------------------------

    private Component members(GroupProgress progress) {
        NativeTable table = new NativeTable();
        table.setId("progress-members");
        table.addClassName("progress-table");
        List<String> headers = new ArrayList<>(List.of(getTranslation("progress.member"),
                getTranslation("progress.attendance.overall"),
                getTranslation("progress.attendance.recent", GroupProgress.RECENT),
                getTranslation("progress.attendance.recent", GroupProgress.LONGER),
                getTranslation("progress.attendance.strip", progress.stripSessions().size())));
        if (progress.clinical()) {
            headers.addAll(List.of(getTranslation("progress.homework.column"), getTranslation("progress.phq9"),
                    getTranslation("progress.gad7"), getTranslation("progress.balance")));
        }
        NativeTableRow head = table.getHead().addRow();
        headers.forEach(h -> head.addHeaderCell().setText(h));

        List<String> dates = progress.stripSessions().stream()
                .map(s -> formats.date(s.localDate(formats.zone()))).toList();
        var body = table.getBody();
        for (MemberProgress member : progress.members()) {
            NativeTableRow row = body.addRow();
            row.setId("progress-member-" + member.client());
            row.addClassName("progress-member");
            int column = 0;
            cell(row, headers.get(column++), "progress-name", nameOf(member));
            cell(row, headers.get(column++), "progress-rate", rate(member.overall()));
            cell(row, headers.get(column++), "progress-rate-recent", rate(member.recent()));
            cell(row, headers.get(column++), "progress-rate-longer", rate(member.longer()));
            cell(row, headers.get(column++), "progress-strip", strip(member, dates));
            if (progress.clinical()) {
                cell(row, headers.get(column++), "progress-homework", homework(member.homework()));
                cell(row, headers.get(column++), "progress-phq9", score(member.phq9(), Instrument.PHQ9));
                cell(row, headers.get(column++), "progress-gad7", score(member.gad7(), Instrument.GAD7));
                cell(row, headers.get(column), "progress-balance", balance(member.giveAndTake()));
            }
        }
        Div scroll = new Div(table);
        scroll.addClassName("progress-table-wrap");
        return scroll;
    }

    private static void cell(NativeTableRow row, String label, String cssClass, Component... content) {
        NativeTableCell cell = row.addDataCell();
        cell.addClassName(cssClass);
        cell.getElement().setAttribute("data-label", label);
        cell.add(content);
    }

    private Component[] nameOf(MemberProgress member) {
        Span name = new Span(member.name());
        name.addClassName("progress-member-name");
        if (member.status() == MembershipStatus.ON_HOLD) {
            Span hold = new Span(getTranslation("progress.on-hold"));
            hold.getElement().getThemeList().add("badge contrast small");
            return new Component[] {name, hold};
        }
        return new Component[] {name};
    }

    private Component[] rate(AttendanceCount count) {
        if (!count.hasData()) {
            return new Component[] {muted(getTranslation("progress.no-data"))};
        }
        return new Component[] {new Span(percent(count.rate())), muted(countOf(count))};
    }

    private Component[] strip(MemberProgress member, List<String> dates) {
        if (member.strip().isEmpty()) {
            return new Component[] {muted(getTranslation("progress.no-data"))};
        }
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < member.strip().size(); i++) {
            labels.add(dates.get(i) + ": " + getTranslation("progress.presence." + member.strip().get(i).name()));
        }
        long expected = member.strip().stream().filter(Presence::expected).count();
        long attended = member.strip().stream().filter(p -> p == Presence.ATTENDED).count();
        String summary = getTranslation("progress.strip.title", member.name(), attended, expected);
        return new Component[] {svg(ProgressSvg.strip(member.strip(), labels, summary))};
    }

    private Component[] homework(Optional<HomeworkTally> tally) {
        HomeworkTally h = tally.orElse(HomeworkTally.NONE);
        if (h.assigned() == 0) {
            return new Component[] {muted(getTranslation("progress.homework.none"))};
        }
        List<Component> parts = new ArrayList<>(List.of(new Span(percent(h.completion())),
                muted(getTranslation("progress.of", h.done(), h.assigned()))));
        if (h.overdue() > 0) {
            Span overdue = new Span(getTranslation("progress.overdue", h.overdue()));
            overdue.getElement().getThemeList().add("badge error small");
            parts.add(overdue);
        }
        return parts.toArray(Component[]::new);
    }

    private Component[] score(Optional<ScoreFigure> figure, Instrument instrument) {
        if (figure.isEmpty()) {
            return new Component[] {muted(getTranslation("progress.score.none"))};
        }
        ScoreFigure f = figure.get();
        List<Component> parts = new ArrayList<>();
        Span latest = new Span(getTranslation("progress.score.latest", f.latest().total(),
                getTranslation("measure.band." + f.latest().score().band().name())));
        latest.addClassName("progress-score");
        parts.add(latest);
        if (f.count() > 1) {
            parts.add(muted(getTranslation("progress.score.change-first", signed(f.changeFromFirst()))));
            f.changeFromPrevious().ifPresent(c -> parts.add(muted(getTranslation(f.sincePrevious().isReliable()
                    ? "progress.score.change-previous.reliable" : "progress.score.change-previous", signed(c)))));
            parts.add(svg(ProgressSvg.sparkline(f.totals(), 0, instrument.maxTotal(),
                    getTranslation("progress.score.spark", getTranslation("progress." + instrument.name().toLowerCase(
                            Locale.ROOT)), f.totals().stream().map(String::valueOf).collect(Collectors.joining(", "))))));
        }
        reliable(f.sinceFirst()).ifPresent(parts::add);
        return parts.toArray(Component[]::new);
    }

    /** Lower scores mean fewer symptoms: a reliable drop is good news, a reliable rise is a warning. */
    private Optional<Component> reliable(ReliableChange change) {
        if (!change.isReliable()) {
            return Optional.empty();
        }
        boolean improved = change == ReliableChange.IMPROVED;
        Span badge = new Span(getTranslation(improved ? "progress.score.improved" : "progress.score.deteriorated"));
        badge.getElement().getThemeList().add(improved ? "badge success small" : "badge error small");
        badge.addClassName(improved ? "progress-improved" : "progress-deteriorated");
        return Optional.of(badge);
    }

    private Component[] balance(Optional<BalanceFigure> figure) {
        if (figure.isEmpty()) {
            return new Component[] {muted(getTranslation("progress.balance.none"))};
        }
        BalanceFigure b = figure.get();
        String history = b.history().stream().map(this::decimal).collect(Collectors.joining(", "));
        Span text = new Span(getTranslation("progress.balance.latest", decimal(b.latest()), decimal(b.average()),
                b.conversations()));
        text.addClassName("progress-balance-text");
        return new Component[] {text,
                svg(ProgressSvg.sparkline(b.history(), 0, 1, getTranslation("progress.balance.spark", history)))};
    }

    // --- helpers ----------------------------------------------------------------------------------

    private static Component svg(String markup) {
        Html html = new Html(markup);
        html.addClassName("progress-svg");
        return html;
    }

    private static Span muted(String text) {
        Span span = new Span(text);
        span.addClassName("progress-muted");
        return span;
    }

    private static Paragraph note(String id, String text) {
        Paragraph p = new Paragraph(text);
        p.setId(id);
        p.addClassName("progress-note");
        return p;
    }

    private String percent(java.util.OptionalDouble rate) {
        return rate.isPresent() ? getTranslation("progress.percent", Math.round(rate.getAsDouble() * 100))
                : getTranslation("progress.no-data");
    }

    private String countOf(AttendanceCount count) {
        return count.hasData() ? getTranslation("progress.of", count.attended(), count.expected()) : null;
    }

    private String decimal(double value) {
        return String.format(getLocale(), "%.2f", value);
    }

    private static String signed(int change) {
        return change > 0 ? "+" + change : change < 0 ? "−" + (-change) : "0";
    }
}
