package org.mutual.domain.agenda;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.mutual.domain.base.AccessDeniedException;
import org.mutual.domain.group.GroupId;
import org.mutual.domain.group.GroupQuery;
import org.mutual.domain.group.GroupRepository;
import org.mutual.domain.group.GroupSummary;
import org.mutual.domain.membership.MembershipPeriod;
import org.mutual.domain.membership.MembershipRepository;
import org.mutual.domain.schedule.PracticeZone;
import org.mutual.domain.session.Session;
import org.mutual.domain.session.SessionRepository;
import org.mutual.domain.user.AppUser;
import org.mutual.domain.user.CurrentUser;
import org.mutual.domain.user.Role;

/** The current therapist's sessions in a window, with group names and roster sizes. */
public final class AgendaService {

    private final SessionRepository sessions;
    private final GroupRepository groups;
    private final MembershipRepository memberships;
    private final CurrentUser currentUser;
    private final PracticeZone zone;

    public AgendaService(SessionRepository sessions, GroupRepository groups, MembershipRepository memberships,
                         CurrentUser currentUser, PracticeZone zone) {
        this.sessions = sessions;
        this.groups = groups;
        this.memberships = memberships;
        this.currentUser = currentUser;
        this.zone = zone;
    }

    /** Three queries whatever the number of sessions or groups: sessions, group names, periods. */
    public List<AgendaItem> between(Instant from, Instant to) {
        AppUser user = currentUser.require();
        if (!user.is(Role.THERAPIST)) {
            throw new AccessDeniedException("agenda", user.id());
        }
        List<Session> mine = sessions.sessionsOfFacilitator(user.id(), from, to);
        if (mine.isEmpty()) {
            return List.of();
        }
        Map<GroupId, String> names = groups.find(new GroupQuery(null, null, java.util.Optional.of(user.id())), 0,
                        Integer.MAX_VALUE).stream()
                .collect(Collectors.toMap(GroupSummary::id, GroupSummary::name));
        List<MembershipPeriod> periods = memberships.periodsOfGroups(
                mine.stream().map(Session::group).distinct().toList());
        return mine.stream().map(s -> new AgendaItem(s, names.getOrDefault(s.group(), ""),
                (int) periods.stream().filter(p -> p.group().equals(s.group()) && p.covers(s.localDate(zone.zone())))
                        .count())).toList();
    }
}
