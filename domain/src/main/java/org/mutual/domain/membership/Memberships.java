package org.mutual.domain.membership;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.mutual.domain.base.ValidationException;
import org.mutual.domain.client.ClientId;
import org.mutual.domain.group.GroupId;

/**
 * The rules over all membership periods of one group: who is on the roster on a day, and whether a
 * client may join. Dates are inclusive on both ends and an open period runs on indefinitely.
 *
 * <p>The check is only as good as the periods it was given: a service must read them and store the
 * admitted period in one transaction that holds a lock on the group, or two therapists could both
 * take the last place.
 */
public final class Memberships {

    private static final Comparator<MembershipPeriod> BY_CLIENT =
            Comparator.comparingLong((MembershipPeriod p) -> p.client().value())
                    .thenComparing(MembershipPeriod::joinedOn);

    private final GroupId group;
    private final int capacity;
    private final List<MembershipPeriod> periods;

    private Memberships(GroupId group, int capacity, List<MembershipPeriod> periods) {
        this.group = group;
        this.capacity = capacity;
        this.periods = periods;
    }

    /** @throws IllegalArgumentException when a period belongs to another group */
    public static Memberships of(GroupId group, int capacity, List<MembershipPeriod> periods) {
        Objects.requireNonNull(group, "group");
        for (MembershipPeriod p : periods) {
            if (!p.group().equals(group)) {
                throw new IllegalArgumentException("period " + p.id() + " belongs to group " + p.group()
                        + ", not " + group);
            }
        }
        return new Memberships(group, capacity, List.copyOf(periods));
    }

    /**
     * Checks that the client may join and returns the request unchanged, ready to store.
     *
     * @throws ValidationException on {@code joinedOn} with {@code membership.overlap} when the client
     *         already has a period in this group on any day from {@code joinedOn} on
     * @throws GroupFullException when the group would exceed its capacity on some day from
     *         {@code joinedOn} on; members who will have left by then don't count
     */
    public NewMembership admit(NewMembership candidate) {
        if (!candidate.group().equals(group)) {
            throw new IllegalArgumentException("candidate is for group " + candidate.group() + ", not " + group);
        }
        LocalDate from = candidate.joinedOn();
        boolean overlaps = periods.stream()
                .filter(p -> p.client().equals(candidate.client()))
                .anyMatch(p -> overlapsOpenRangeFrom(p, from));
        if (overlaps) {
            throw ValidationException.of("joinedOn", "membership.overlap");
        }
        // Occupancy only rises on a join date, so its maximum over [from, ∞) is reached on the new
        // join date or on a later join date of someone else: checking those days is enough. Checking
        // only "today" would let a member in who has been promised a place that is already taken.
        Optional<LocalDate> firstFullDay = Stream.concat(Stream.of(from),
                        periods.stream().map(MembershipPeriod::joinedOn).filter(day -> day.isAfter(from)))
                .distinct()
                .sorted()
                .filter(day -> activeCountAt(day) >= capacity)
                .findFirst();
        if (firstFullDay.isPresent()) {
            throw new GroupFullException(group, firstFullDay.get(), capacity);
        }
        return candidate;
    }

    /** The periods that cover {@code date}, ordered by client (members on hold included). */
    public List<MembershipPeriod> rosterAt(LocalDate date) {
        return periods.stream().filter(p -> p.covers(date)).sorted(BY_CLIENT).toList();
    }

    /** How many places are taken on {@code date}; members on hold keep theirs. */
    public int activeCountAt(LocalDate date) {
        return (int) periods.stream().filter(p -> p.covers(date)).count();
    }

    /** Every period of the client in this group, oldest first. */
    public List<MembershipPeriod> historyOf(ClientId client) {
        return periods.stream().filter(p -> p.client().equals(client))
                .sorted(Comparator.comparing(MembershipPeriod::joinedOn)).toList();
    }

    public int capacity() {
        return capacity;
    }

    private static boolean overlapsOpenRangeFrom(MembershipPeriod p, LocalDate from) {
        // [from, ∞) meets [joinedOn, leftOn] unless the period ended before from.
        return p.isOpen() || !p.leftOn().isBefore(from);
    }
}
