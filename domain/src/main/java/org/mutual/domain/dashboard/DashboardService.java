package org.mutual.domain.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.mutual.domain.agenda.AgendaItem;
import org.mutual.domain.audit.Audit;
import org.mutual.domain.base.AccessDeniedException;
import org.mutual.domain.base.Transactions;
import org.mutual.domain.homework.HomeworkRepository;
import org.mutual.domain.homework.ReviewItem;
import org.mutual.domain.measure.MeasureRepository;
import org.mutual.domain.measure.SafetyAlert;
import org.mutual.domain.user.AppUser;
import org.mutual.domain.user.CurrentUser;
import org.mutual.domain.user.Role;

/**
 * A therapist's dashboard in one call: one transaction, four reads whatever the size of the practice
 * (groups and calendar link, safety alerts, the week's sessions with their rosters, homework to review)
 * and one audit statement for the confidential parts (the alerts and the review list), with the same
 * entries as reading them one by one.
 */
public final class DashboardService {

    static final String ALERTS_READ = "measure.alert.read";
    static final String ALERTS_RECORD = "measure";
    static final String REVIEW_READ = "homework.read";
    static final String REVIEW_RECORD = "homework";

    private final DashboardRepository dashboards;
    private final MeasureRepository measures;
    private final HomeworkRepository homework;
    private final CurrentUser currentUser;
    private final Audit audit;
    private final Transactions tx;
    private final ZoneId zone;

    public DashboardService(DashboardRepository dashboards, MeasureRepository measures, HomeworkRepository homework,
                            CurrentUser currentUser, Audit audit, Transactions tx, ZoneId practiceZone) {
        this.dashboards = dashboards;
        this.measures = measures;
        this.homework = homework;
        this.currentUser = currentUser;
        this.audit = audit;
        this.tx = tx;
        this.zone = practiceZone;
    }

    /**
     * The current therapist's dashboard, with their sessions from the start of {@code today} (in the
     * practice's zone) for seven days.
     *
     * @throws AccessDeniedException for anyone but a therapist (audited)
     */
    public Dashboard overview(LocalDate today) {
        AppUser user = currentUser.require();
        if (!user.is(Role.THERAPIST)) {
            audit.denied(ALERTS_READ, ALERTS_RECORD, "facilitator:" + user.id());
            audit.denied(REVIEW_READ, REVIEW_RECORD, "review:" + user.id());
            throw new AccessDeniedException("dashboard", user.id());
        }
        Instant from = today.atStartOfDay(zone).toInstant();
        Instant to = today.plusDays(7).atStartOfDay(zone).toInstant();
        return tx.inTransaction(() -> {
            DashboardRepository.Header header = dashboards.header(user.id());
            List<SafetyAlert> alerts = measures.openAlertsFor(user.id());
            List<AgendaItem> week = dashboards.sessionsOfFacilitator(user.id(), from, to).stream()
                    .map(this::agendaItem).toList();
            List<ReviewItem> toReview = homework.toReview(user.id());
            audit.batch()
                    .allowed(ALERTS_READ, ALERTS_RECORD, "facilitator:" + user.id())
                    .allowed(REVIEW_READ, REVIEW_RECORD, "review:" + user.id())
                    .write();
            return new Dashboard(header.groupCount(), alerts, week, toReview, header.calendarLinkIssuedAt());
        });
    }

    private AgendaItem agendaItem(DashboardRepository.ScheduledSession s) {
        LocalDate day = s.session().localDate(zone);
        int roster = (int) s.memberships().stream().filter(m -> m.covers(day)).count();
        return new AgendaItem(s.session(), s.groupName(), roster);
    }
}
