package org.mutual.domain.membership;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.mutual.domain.audit.Audit;
import org.mutual.domain.base.BarrierPattern;
import org.mutual.domain.base.NotFoundException;
import org.mutual.domain.base.Transactions;
import org.mutual.domain.client.Client;
import org.mutual.domain.client.ClientDraft;
import org.mutual.domain.client.ClientId;
import org.mutual.domain.client.ClientRepository;
import org.mutual.domain.group.Group;
import org.mutual.domain.group.GroupAccess;
import org.mutual.domain.group.GroupId;
import org.mutual.domain.user.AppUser;
import org.mutual.domain.user.Role;

/**
 * Who belongs to a group when: adding clients, leaving, re-joining, holds and the waitlist. Only the
 * group's facilitators change memberships; admins may look. Capacity is checked with the group
 * locked, so two therapists can't both take the last place.
 */
public final class MembershipService {

    static final String RECORD = "membership";

    private final MembershipRepository memberships;
    private final WaitlistRepository waitlist;
    private final GroupPageRepository pages;
    private final ClientRepository clients;
    private final GroupAccess access;
    private final Audit audit;
    private final Transactions tx;
    private final Clock clock;
    private final ZoneId practiceZone;

    public MembershipService(MembershipRepository memberships, WaitlistRepository waitlist, GroupPageRepository pages,
                             ClientRepository clients, GroupAccess access, Audit audit, Transactions tx, Clock clock,
                             ZoneId practiceZone) {
        this.memberships = memberships;
        this.waitlist = waitlist;
        this.pages = pages;
        this.clients = clients;
        this.access = access;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
        this.practiceZone = practiceZone;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(practiceZone));
    }

    /** Creates a client record and their first membership period in one step. */
    public ClientId addNewClient(GroupId group, ClientDraft draft, LocalDate joinedOn, Set<BarrierPattern> focusAreas) {
        access.requireFacilitator(group, "membership.create", RECORD, "group:" + group);
        return tx.inTransaction(() -> {
            ClientId client = clients.create(draft, null);
            audit.allowed("client.create", "client", client);
            admitLocked(group, NewMembership.of(group, client, joinedOn, focusAreas));
            return client;
        });
    }

    /** A new membership period for a known client (a first join or a re-join). */
    public MembershipId admit(GroupId group, ClientId client, LocalDate joinedOn, Set<BarrierPattern> focusAreas) {
        access.requireFacilitator(group, "membership.create", RECORD, "group:" + group);
        clients.find(client).orElseThrow(() -> new NotFoundException("client", client));
        return tx.inTransaction(() -> admitLocked(group, NewMembership.of(group, client, joinedOn, focusAreas)));
    }

    private MembershipId admitLocked(GroupId group, NewMembership candidate) {
        memberships.lockGroupForAdmission(group);
        Group g = access.load(group);
        Memberships.of(group, g.capacity(), memberships.periodsOfGroup(group)).admit(candidate);
        MembershipId id = memberships.create(candidate);
        waitlist.remove(group, candidate.client());
        audit.allowed("membership.create", RECORD, id);
        return id;
    }

    public void leave(MembershipId id, LocalDate leftOn, MembershipStatus status, String reason, int expectedVersion) {
        change(id, "membership.leave", p -> p.leave(leftOn, status, reason), expectedVersion);
    }

    public void hold(MembershipId id, int expectedVersion) {
        change(id, "membership.hold", MembershipPeriod::hold, expectedVersion);
    }

    public void resume(MembershipId id, int expectedVersion) {
        change(id, "membership.resume", MembershipPeriod::resume, expectedVersion);
    }

    private void change(MembershipId id, String action, Function<MembershipPeriod, MembershipPeriod> edit,
                        int expectedVersion) {
        MembershipPeriod current = memberships.find(id).orElseThrow(() -> new NotFoundException(RECORD, id));
        access.requireFacilitator(current.group(), action, RECORD, id);
        tx.run(() -> {
            memberships.update(edit.apply(current), expectedVersion);
            audit.allowed(action, RECORD, id);
        });
    }

    /** Every period of the group (current and past) with its client, current members first. */
    public List<MemberView> members(GroupId group) {
        access.requireOrganisationalAccess(group, "membership.list", RECORD, "group:" + group);
        List<MembershipPeriod> periods = memberships.periodsOfGroup(group);
        Map<ClientId, Client> byId = clients.findAll(periods.stream().map(MembershipPeriod::client).distinct().toList())
                .stream().collect(Collectors.toMap(Client::id, c -> c));
        return currentFirst(periods.stream().map(p -> new MemberView(p, byId.get(p.client()))).toList());
    }

    /**
     * The group page: the group, its facilitators, its members (as {@link #members}) and its waitlist (as
     * {@link #waitlist}), read in one query. Its facilitators and admins may look; anyone else is refused
     * and the refusal audited as a read of the group, after a missing group has been reported as missing.
     */
    public GroupPage page(GroupId group) {
        if (!access.hasOrganisationalAccess(group)) {
            access.load(group);
        }
        AppUser reader = access.requireOrganisationalAccess(group, "group.read", "group", group);
        GroupPageRepository.Stored stored = pages.load(group).orElseThrow(() -> new NotFoundException("group", group));
        return new GroupPage(stored.group(), reader.is(Role.THERAPIST), stored.facilitators(),
                currentFirst(stored.members()), stored.waitlist());
    }

    /** Current members first, then by preferred name and joining day. */
    private List<MemberView> currentFirst(List<MemberView> members) {
        LocalDate today = today();
        return members.stream()
                .sorted(Comparator.comparing((MemberView m) -> !m.period().covers(today)
                                && !m.period().joinedOn().isAfter(today))
                        .thenComparing(m -> m.client().preferredName(), String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(m -> m.period().joinedOn()))
                .toList();
    }

    /** The members on the roster on a date: derived from membership periods, never stored per session. */
    public List<MemberView> rosterAt(GroupId group, LocalDate date) {
        return members(group).stream().filter(m -> m.period().covers(date))
                .sorted(Comparator.comparing(m -> m.client().preferredName(), String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    public int waitlistAdd(GroupId group, ClientId client) {
        access.requireFacilitator(group, "waitlist.add", "waitlist", "group:" + group);
        return tx.inTransaction(() -> {
            int position = waitlist.add(group, client, clock.instant());
            audit.allowed("waitlist.add", "waitlist", "group:" + group);
            return position;
        });
    }

    /** Creates the client and puts them on the group's waitlist (the group is full). */
    public ClientId waitlistNewClient(GroupId group, ClientDraft draft) {
        access.requireFacilitator(group, "waitlist.add", "waitlist", "group:" + group);
        return tx.inTransaction(() -> {
            ClientId client = clients.create(draft, null);
            audit.allowed("client.create", "client", client);
            waitlist.add(group, client, clock.instant());
            audit.allowed("waitlist.add", "waitlist", "group:" + group);
            return client;
        });
    }

    /** The waitlist in order, with each client. */
    public List<WaitingClient> waitlist(GroupId group) {
        access.requireOrganisationalAccess(group, "waitlist.list", "waitlist", "group:" + group);
        List<WaitlistEntry> entries = waitlist.list(group);
        Map<ClientId, Client> byId = clients.findAll(entries.stream().map(WaitlistEntry::client).toList())
                .stream().collect(Collectors.toMap(Client::id, c -> c));
        return entries.stream().map(e -> new WaitingClient(e, byId.get(e.client()))).toList();
    }
}
