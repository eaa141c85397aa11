package org.mutual.ui.group;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.mutual.domain.attendance.AttendanceService.GroupRates;
import org.mutual.domain.attendance.AttendanceService.MemberRate;
import org.mutual.domain.attendance.AttendanceService;
import org.mutual.domain.client.ClientId;
import org.mutual.domain.exercise.ExerciseService;
import org.mutual.domain.group.Group;
import org.mutual.domain.group.GroupId;
import org.mutual.domain.group.GroupService;
import org.mutual.domain.group.GroupStatus;
import org.mutual.domain.homework.HomeworkService;
import org.mutual.domain.homework.ResourceService;
import org.mutual.domain.measure.MeasureService;
import org.mutual.domain.membership.GroupFullException;
import org.mutual.domain.membership.GroupPage;
import org.mutual.domain.membership.MemberView;
import org.mutual.domain.membership.MembershipPeriod;
import org.mutual.domain.membership.MembershipService;
import org.mutual.domain.membership.MembershipStatus;
import org.mutual.domain.membership.WaitingClient;
import org.mutual.domain.schedule.PracticeZone;
import org.mutual.domain.session.Session;
import org.mutual.domain.session.SessionService;
import org.mutual.domain.session.SessionStatus;
import org.mutual.domain.user.Roles;
import org.mutual.ui.base.AccessibleTabSheet;
import org.mutual.ui.base.Formats;
import org.mutual.ui.base.Ids;
import org.mutual.ui.base.LazyTab;
import org.mutual.ui.base.LocalizedDatePicker;
import org.mutual.ui.client.ClientView;
import org.mutual.ui.export.Exports;
import org.mutual.ui.homework.HomeworkBoardPanel;
import org.mutual.ui.measure.ScheduleMeasureDialog;
import org.mutual.ui.session.SessionView;

/**
 * {@code /groups/{id}}: one group — its members over time, its sessions, attendance rates and
 * waitlist. Facilitators change it; an admin may look.
 */
@Route("groups/:groupId")
@RolesAllowed({Roles.THERAPIST, Roles.ADMIN})
public class GroupView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private static final long SESSION_WINDOW_DAYS = 5 * 366;

    private final transient GroupService groups;
    private final transient MembershipService memberships;
    private final transient SessionService sessions;
    private final transient AttendanceService attendance;
    private final transient HomeworkService homework;
    private final transient ExerciseService exercises;
    private final transient ResourceService library;
    private final transient MeasureService measures;
    private final transient Exports exports;
    private final Formats formats;
    private GroupId id;
    private String selectedTab;

    public GroupView(GroupService groups, MembershipService memberships, SessionService sessions,
                     AttendanceService attendance, HomeworkService homework, ExerciseService exercises,
                     ResourceService library, MeasureService measures, Exports exports, PracticeZone zone) {
        this.exports = exports;
        this.homework = homework;
        this.measures = measures;
        this.exercises = exercises;
        this.library = library;
        this.groups = groups;
        this.memberships = memberships;
        this.sessions = sessions;
        this.attendance = attendance;
        this.formats = new Formats(zone.zone(), getLocale());
        setId("group-view");
    }

    public static RouteParameters parameters(GroupId id) {
        return new RouteParameters("groupId", id.toString());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        id = Ids.parse(event, "groupId", "group", GroupId::new);
        render();
    }

    private void render() {
        removeAll();
        // One read for the whole page; the tabs that need more read it when first shown.
        GroupPage page = memberships.page(id);
        Group group = page.group();
        boolean edit = page.facilitator();
        List<MemberView> members = page.members();
        LocalDate today = formats.today();
        // Today's roster: the count in the facts line, who gets homework and questionnaires.
        List<MemberView> active = page.rosterAt(today);

        H2 title = new H2(group.name());
        title.setId("group-title");
        Span status = new Span(getTranslation("group.status." + group.status().name()));
        status.getElement().getThemeList().add("badge");
        status.setId("group-status-badge");
        // By address: the progress page links back here, and two feature packages never depend both ways.
        Anchor progress = new Anchor("groups/" + id + "/progress", getTranslation("progress.open"));
        progress.getElement().setAttribute("router-link", true);
        progress.setId("group-progress-link");
        HorizontalLayout heading = new HorizontalLayout(title, status, progress);
        heading.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        add(heading);

        String facilitatorNames = page.facilitators().stream()
                .map(f -> f.displayName() + (f.lead() ? " (" + getTranslation("group.lead.short") + ")" : ""))
                .collect(Collectors.joining(", "));
        Paragraph facts = new Paragraph(getTranslation("group.facts", group.focus(),
                active.size(), group.capacity(), facilitatorNames));
        facts.setId("group-facts");
        add(facts);
        if (group.defaultSlot() != null || group.defaultLocation() != null) {
            Paragraph slot = new Paragraph(getTranslation("group.meets", formats.slot(group.defaultSlot()),
                    group.defaultLocation() == null ? "" : locationText(group.defaultLocation().place(),
                            group.defaultLocation().videoLink())));
            slot.setId("group-slot");
            add(slot);
        }
        if (edit) {
            add(actions(group, active, today));
        }

        TabSheet tabs = new AccessibleTabSheet();
        tabs.setWidthFull();
        tabs.add(getTranslation("group.tab.members"), membersTab(members, edit, today));
        tabs.add(getTranslation("group.tab.sessions"), new LazyTab(() -> sessionsTab(members)));
        tabs.add(getTranslation("group.tab.attendance"), new LazyTab(() -> attendanceTab(edit)));
        tabs.add(getTranslation("group.tab.waitlist"), waitlistTab(page.waitlist()));
        if (edit) {
            // Reflections are clinical: the board is for the group's facilitators only.
            Map<ClientId, String> names = new HashMap<>();
            members.forEach(m -> names.put(m.client().id(), m.client().preferredName()));
            tabs.add(getTranslation("group.tab.homework"), new LazyTab(() -> new Div(exports.homeworkCsv(id),
                    new HomeworkBoardPanel(homework, exercises, library, id, active, names, formats))));
        }
        tabs.setId("group-tabs");
        add(tabs);
    }

    private Component actions(Group group, List<MemberView> active, LocalDate today) {
        Button editDetails = new Button(getTranslation("group.edit"), e -> {
            GroupForm form = new GroupForm(group.details());
            form.addSaveListener(save -> {
                groups.updateDetails(id, save.draft(), group.version());
                form.close();
                render();
            });
            form.open();
        });
        editDetails.setId("group-edit");

        Select<GroupStatus> status = new Select<>();
        status.setId("group-status");
        status.setAriaLabel(getTranslation("group.status"));
        status.setItems(GroupStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("group.status." + s.name()));
        status.setValue(group.status());
        status.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null && e.getValue() != group.status()) {
                groups.changeStatus(id, e.getValue(), group.version());
                render();
            }
        });

        Button addMember = new Button(getTranslation("member.add"), e -> openMemberForm(today));
        addMember.setId("add-member");
        addMember.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button generate = new Button(getTranslation("session.generate"), e -> openSeriesForm(group, false, today));
        generate.setId("generate-sessions");
        Button single = new Button(getTranslation("session.add-single"), e -> openSeriesForm(group, true, today));
        single.setId("add-session");
        Button facilitators = new Button(getTranslation("group.facilitators"), e -> {
            FacilitatorsDialog dialog = new FacilitatorsDialog(groups, id);
            dialog.addOpenedChangeListener(o -> {
                if (!o.isOpened()) {
                    render();
                }
            });
            dialog.open();
        });
        facilitators.setId("group-facilitators");
        Button questionnaire = new Button(getTranslation("measure.schedule.open"), e -> new ScheduleMeasureDialog(
                measures, id, active, today).open());
        questionnaire.setId("measure-schedule-open");
        HorizontalLayout bar = new HorizontalLayout(addMember, generate, single, questionnaire, editDetails,
                facilitators, status);
        if (group.defaultSlot() != null) {
            Button reschedule = new Button(getTranslation("series.reschedule"), e -> openReschedule(group));
            reschedule.setId("reschedule-series");
            bar.addComponentAtIndex(3, reschedule);
        }
        bar.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        bar.setWrap(true);
        return bar;
    }

    private void openMemberForm(LocalDate today) {
        MemberForm form = new MemberForm(today);
        form.onSubmit(member -> {
            try {
                memberships.addNewClient(id, member.client(), member.joinedOn(), member.focusAreas());
            } catch (GroupFullException full) {
                offerWaitlist(full, member);
                return;
            }
            Notification.show(getTranslation("member.added", member.client().preferredName()));
        });
        form.addSubmittedListener(e -> render());
        form.open();
    }

    private void offerWaitlist(GroupFullException full, MemberForm.NewMember member) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("group-full-dialog");
        confirm.setHeader(getTranslation("member.group-full.title"));
        confirm.setText(getTranslation(GroupFullException.MESSAGE_KEY, formats.date(full.fullOn()), full.capacity()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("waitlist.add"));
        confirm.addConfirmListener(e -> {
            int position = memberships.waitlist(id).size() + 1;
            memberships.waitlistNewClient(id, member.client());
            Notification.show(getTranslation("waitlist.added", member.client().preferredName(), position));
            render();
        });
        confirm.open();
    }

    private void openSeriesForm(Group group, boolean single, LocalDate today) {
        SeriesForm form = new SeriesForm(single, group.defaultSlot(), group.defaultLocation(), formats.zone(), today);
        form.onSubmit(plan -> {
            if (single) {
                sessions.addSingle(id, plan.from(), plan.slot().start(), plan.slot().duration(), plan.slot().zone(),
                        plan.location());
                Notification.show(getTranslation("session.added"));
            } else {
                int created = sessions.generateSeries(id, plan.slot(), plan.from(), plan.to(), plan.location()).size();
                if (plan.saveDefaults()) {
                    groups.updateDefaults(id, plan.slot(), plan.location(), group.version());
                }
                Notification.show(getTranslation("session.generated", created));
            }
        });
        form.addSubmittedListener(e -> render());
        form.open();
    }

    /** Moves the future sessions of the group's latest series to a new weekly slot. */
    private void openReschedule(Group group) {
        RescheduleForm form = new RescheduleForm(group.defaultSlot());
        form.onSubmit(slot -> {
            Instant now = Instant.now();
            int moved = sessions.sessionsOfGroup(id, now, now.plus(SESSION_WINDOW_DAYS, ChronoUnit.DAYS)).stream()
                    .map(Session::series).filter(java.util.Objects::nonNull).reduce((first, second) -> second)
                    .map(series -> sessions.reschedule(series, slot)).orElse(0);
            groups.updateDefaults(id, slot, group.defaultLocation(), group.version());
            Notification.show(getTranslation("series.rescheduled", moved));
        });
        form.addSubmittedListener(e -> render());
        form.open();
    }

    private Component membersTab(List<MemberView> members, boolean edit, LocalDate today) {
        Grid<MemberView> grid = new Grid<>();
        grid.setId("member-grid");
        grid.setAllRowsVisible(true);
        grid.addComponentColumn(m -> new RouterLink(m.client().preferredName() + " (" + m.client().legalName() + ")",
                        ClientView.class, ClientView.parameters(m.client().id())))
                .setHeader(getTranslation("client.name")).setFlexGrow(2);
        grid.addColumn(m -> formats.date(m.period().joinedOn())).setHeader(getTranslation("member.joined-on"));
        grid.addColumn(m -> formats.date(m.period().leftOn())).setHeader(getTranslation("member.left-on"));
        grid.addColumn(m -> getTranslation("membership.status." + m.period().status().name()))
                .setHeader(getTranslation("member.status"));
        grid.addColumn(m -> m.period().focusAreas().stream().map(p -> getTranslation("pattern." + p.name()))
                .sorted().collect(Collectors.joining(", "))).setHeader(getTranslation("member.focus-areas")).setFlexGrow(2);
        if (edit) {
            grid.addComponentColumn(m -> memberActions(m, members, today)).setHeader(getTranslation("member.actions"))
                    .setAutoWidth(true);
        }
        grid.setItems(members);
        grid.setEmptyStateText(getTranslation("member.none"));
        return grid;
    }

    private Component memberActions(MemberView m, List<MemberView> all, LocalDate today) {
        MembershipPeriod p = m.period();
        HorizontalLayout actions = new HorizontalLayout();
        actions.setSpacing(false);
        if (p.isOpen()) {
            Button leave = new Button(getTranslation("member.leave"), e -> {
                LeaveForm form = new LeaveForm(m.client().preferredName(), today);
                form.onSubmit(l -> memberships.leave(p.id(), l.leftOn(), l.status(), l.reason(), p.version()));
                form.addSubmittedListener(ev -> render());
                form.open();
            });
            leave.setId("leave-" + m.client().id());
            leave.addThemeVariants(ButtonVariant.LUMO_SMALL);
            actions.add(leave);
            boolean onHold = p.status() == MembershipStatus.ON_HOLD;
            Button hold = new Button(getTranslation(onHold ? "member.resume" : "member.hold"), e -> {
                if (onHold) {
                    memberships.resume(p.id(), p.version());
                } else {
                    memberships.hold(p.id(), p.version());
                }
                render();
            });
            hold.setId((onHold ? "resume-" : "hold-") + m.client().id());
            hold.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            actions.add(hold);
        } else {
            boolean hasOpenPeriod = all.stream().anyMatch(o -> o.client().id().equals(m.client().id()) && o.period().isOpen());
            boolean latest = all.stream().filter(o -> o.client().id().equals(m.client().id()))
                    .max(Comparator.comparing((MemberView o) -> o.period().joinedOn())).orElseThrow() == m;
            if (!hasOpenPeriod && latest) {
                Button rejoin = new Button(getTranslation("member.rejoin"), e -> openRejoin(m, today));
                rejoin.setId("rejoin-" + m.client().id());
                rejoin.addThemeVariants(ButtonVariant.LUMO_SMALL);
                actions.add(rejoin);
            }
        }
        return actions;
    }

    private void openRejoin(MemberView m, LocalDate today) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("member.rejoin.title", m.client().preferredName()));
        DatePicker date = new LocalizedDatePicker(getTranslation("member.joined-on"), today);
        date.setId("rejoin-date");
        dialog.add(date);
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("member.rejoin"));
        dialog.addConfirmListener(e -> {
            try {
                memberships.admit(id, m.client().id(), date.getValue(), m.period().focusAreas());
            } catch (GroupFullException full) {
                Notification.show(getTranslation(GroupFullException.MESSAGE_KEY, formats.date(full.fullOn()),
                        full.capacity()));
            }
            render();
        });
        dialog.open();
    }

    private Component sessionsTab(List<MemberView> members) {
        Instant now = Instant.now();
        List<Session> all = sessions.sessionsOfGroup(id, now.minus(SESSION_WINDOW_DAYS, ChronoUnit.DAYS),
                now.plus(SESSION_WINDOW_DAYS, ChronoUnit.DAYS));
        Instant startOfToday = formats.today().atStartOfDay(formats.zone()).toInstant();
        List<Session> upcoming = all.stream().filter(s -> !s.startsAt().isBefore(startOfToday)).toList();
        List<Session> past = all.stream().filter(s -> s.startsAt().isBefore(startOfToday))
                .sorted(Comparator.comparing(Session::startsAt).reversed()).toList();
        VerticalLayout layout = new VerticalLayout();
        layout.setPadding(false);
        layout.add(new Span(getTranslation("session.upcoming")), sessionGrid("upcoming-sessions", upcoming, members));
        layout.add(new Span(getTranslation("session.past")), sessionGrid("past-sessions", past, members));
        return layout;
    }

    private Grid<Session> sessionGrid(String gridId, List<Session> items, List<MemberView> members) {
        Grid<Session> grid = new Grid<>();
        grid.setId(gridId);
        grid.setAllRowsVisible(true);
        grid.addComponentColumn(s -> new RouterLink(formats.dateTime(s.startsAt()), SessionView.class,
                SessionView.parameters(s.id()))).setHeader(getTranslation("session.when")).setFlexGrow(2);
        grid.addColumn(s -> getTranslation("session.status." + s.status().name())
                        + (s.moved() ? " · " + getTranslation("session.moved") : ""))
                .setHeader(getTranslation("session.status"));
        grid.addColumn(s -> locationText(s.location().place(), s.location().videoLink()))
                .setHeader(getTranslation("slot.place")).setFlexGrow(2);
        grid.addColumn(s -> s.status() == SessionStatus.CANCELLED ? "" : String.valueOf(members.stream()
                        .filter(m -> m.period().covers(s.localDate(formats.zone()))).count()))
                .setHeader(getTranslation("session.roster-size"));
        grid.setItems(items);
        grid.setEmptyStateText(getTranslation("session.none"));
        return grid;
    }

    private Component attendanceTab(boolean facilitator) {
        GroupRates rates = attendance.rates(id);
        Paragraph total = new Paragraph(rates.group().rate().isPresent()
                ? getTranslation("attendance.group-rate", Math.round(rates.group().rate().getAsDouble() * 100),
                rates.group().attended(), rates.group().expected())
                : getTranslation("attendance.no-data"));
        total.setId("group-attendance-rate");
        Grid<MemberRate> grid = new Grid<>();
        grid.setId("attendance-rates");
        grid.setAllRowsVisible(true);
        grid.addColumn(r -> r.client().preferredName()).setHeader(getTranslation("client.name"));
        grid.addColumn(r -> r.count().attended() + " / " + r.count().expected())
                .setHeader(getTranslation("attendance.attended-of-expected"));
        grid.addColumn(r -> r.count().rate().isPresent() ? Math.round(r.count().rate().getAsDouble() * 100) + " %" : "–")
                .setHeader(getTranslation("attendance.rate"));
        grid.setItems(rates.members());
        Div tab = new Div(total, grid);
        if (facilitator) {
            // Names against dates is the facilitators' record; an admin sees the rates only.
            tab.addComponentAsFirst(exports.attendanceCsv(id));
        }
        return tab;
    }

    private Component waitlistTab(List<WaitingClient> waiting) {
        Grid<WaitingClient> grid = new Grid<>();
        grid.setId("waitlist-grid");
        grid.setAllRowsVisible(true);
        grid.addColumn(w -> w.entry().position()).setHeader("#").setAutoWidth(true);
        grid.addColumn(w -> w.client().preferredName() + " (" + w.client().legalName() + ")")
                .setHeader(getTranslation("client.name"));
        grid.addColumn(w -> formats.dateTime(w.entry().addedAt())).setHeader(getTranslation("waitlist.added-at"));
        grid.setItems(waiting);
        grid.setEmptyStateText(getTranslation("waitlist.empty"));
        return grid;
    }

    private String locationText(String place, String videoLink) {
        if (place != null && videoLink != null) {
            return place + " · " + videoLink;
        }
        return place != null ? place : videoLink == null ? "" : videoLink;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.group");
    }
}
