package org.mutual.persistence.membership;

import static org.mutual.persistence.jooq.Tables.APP_USER;
import static org.mutual.persistence.jooq.Tables.CLIENT;
import static org.mutual.persistence.jooq.Tables.GROUP_FACILITATOR;
import static org.mutual.persistence.jooq.Tables.MEMBERSHIP;
import static org.mutual.persistence.jooq.Tables.THERAPY_GROUP;
import static org.mutual.persistence.jooq.Tables.WAITLIST_ENTRY;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SelectField;
import org.jooq.impl.DSL;
import org.mutual.domain.client.Client;
import org.mutual.domain.client.ClientId;
import org.mutual.domain.group.Facilitator;
import org.mutual.domain.group.GroupId;
import org.mutual.domain.membership.GroupPageRepository;
import org.mutual.domain.membership.MemberView;
import org.mutual.domain.membership.MembershipId;
import org.mutual.domain.membership.MembershipPeriod;
import org.mutual.domain.membership.MembershipStatus;
import org.mutual.domain.membership.WaitingClient;
import org.mutual.domain.membership.WaitlistEntry;
import org.mutual.domain.user.UserId;
import org.mutual.persistence.base.Timestamps;
import org.mutual.persistence.group.JooqGroupRepository;
import org.springframework.stereotype.Repository;

/**
 * The group page's read. One statement: the group row (with its lead) and one MULTISET each for the
 * facilitators, the membership periods with their clients and focus areas, and the waitlist with its
 * clients — so the page costs the same whatever the size of the group.
 */
@Repository
public class JooqGroupPageRepository implements GroupPageRepository {

    private static final org.mutual.persistence.jooq.tables.GroupFacilitator LEAD = GROUP_FACILITATOR.as("lead");

    private final DSLContext dsl;

    public JooqGroupPageRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<Stored> load(GroupId group) {
        long id = group.value();
        Field<List<Facilitator>> facilitators = facilitators(id);
        Field<List<MemberView>> members = members(id);
        Field<List<WaitingClient>> waitlist = waitlist(id);
        List<SelectField<?>> fields = new ArrayList<>(List.of(THERAPY_GROUP.fields()));
        fields.addAll(List.of(LEAD.USER_ID, facilitators, members, waitlist));
        return dsl.select(fields)
                .from(THERAPY_GROUP)
                .leftJoin(LEAD).on(LEAD.GROUP_ID.eq(THERAPY_GROUP.ID).and(LEAD.IS_LEAD))
                .where(THERAPY_GROUP.ID.eq(id))
                .fetchOptional(r -> new Stored(JooqGroupRepository.toGroup(r.into(THERAPY_GROUP), r.get(LEAD.USER_ID)),
                        r.get(facilitators), r.get(members), r.get(waitlist)));
    }

    /** Lead first, then by name: as {@link JooqGroupRepository#facilitators} lists them. */
    private static Field<List<Facilitator>> facilitators(long group) {
        return DSL.multiset(
                        DSL.select(GROUP_FACILITATOR.USER_ID, APP_USER.DISPLAY_NAME, GROUP_FACILITATOR.IS_LEAD)
                                .from(GROUP_FACILITATOR)
                                .join(APP_USER).on(APP_USER.ID.eq(GROUP_FACILITATOR.USER_ID))
                                .where(GROUP_FACILITATOR.GROUP_ID.eq(group))
                                .orderBy(GROUP_FACILITATOR.IS_LEAD.desc(), APP_USER.DISPLAY_NAME, APP_USER.ID))
                .convertFrom(rows -> rows.map(r -> new Facilitator(new UserId(r.value1()), r.value2(), r.value3())));
    }

    private static Field<List<MemberView>> members(long group) {
        return DSL.multiset(
                        DSL.select(MEMBERSHIP.ID, MEMBERSHIP.GROUP_ID, MEMBERSHIP.CLIENT_ID, MEMBERSHIP.JOINED_ON,
                                        MEMBERSHIP.LEFT_ON, MEMBERSHIP.STATUS, MEMBERSHIP.LEAVE_REASON,
                                        JooqMembershipRepository.FOCUS_AREAS, MEMBERSHIP.VERSION, CLIENT.ACCOUNT_ID,
                                        CLIENT.LEGAL_NAME, CLIENT.PREFERRED_NAME, CLIENT.EMAIL, CLIENT.PHONE,
                                        CLIENT.DATE_OF_BIRTH, CLIENT.EMERGENCY_CONTACT, CLIENT.VERSION)
                                .from(MEMBERSHIP)
                                .join(CLIENT).on(CLIENT.ID.eq(MEMBERSHIP.CLIENT_ID))
                                .where(MEMBERSHIP.GROUP_ID.eq(group))
                                .orderBy(MEMBERSHIP.JOINED_ON, MEMBERSHIP.ID))
                .convertFrom(rows -> rows.map(r -> new MemberView(
                        new MembershipPeriod(new MembershipId(r.value1()), new GroupId(r.value2()),
                                new ClientId(r.value3()), r.value4(), r.value5(), MembershipStatus.valueOf(r.value6()),
                                r.value7(), r.value8(), r.value9()),
                        client(r.value3(), r.value10(), r.value11(), r.value12(), r.value13(), r.value14(),
                                r.value15(), r.value16(), r.value17()))));
    }

    private static Field<List<WaitingClient>> waitlist(long group) {
        return DSL.multiset(
                        DSL.select(WAITLIST_ENTRY.GROUP_ID, WAITLIST_ENTRY.CLIENT_ID, WAITLIST_ENTRY.POSITION,
                                        WAITLIST_ENTRY.ADDED_AT, CLIENT.ACCOUNT_ID, CLIENT.LEGAL_NAME,
                                        CLIENT.PREFERRED_NAME, CLIENT.EMAIL, CLIENT.PHONE, CLIENT.DATE_OF_BIRTH,
                                        CLIENT.EMERGENCY_CONTACT, CLIENT.VERSION)
                                .from(WAITLIST_ENTRY)
                                .join(CLIENT).on(CLIENT.ID.eq(WAITLIST_ENTRY.CLIENT_ID))
                                .where(WAITLIST_ENTRY.GROUP_ID.eq(group))
                                .orderBy(WAITLIST_ENTRY.POSITION))
                .convertFrom(rows -> rows.map(r -> new WaitingClient(
                        new WaitlistEntry(new GroupId(r.value1()), new ClientId(r.value2()), r.value3(),
                                Timestamps.fromDb(r.value4())),
                        client(r.value2(), r.value5(), r.value6(), r.value7(), r.value8(), r.value9(), r.value10(),
                                r.value11(), r.value12()))));
    }

    private static Client client(long id, Long account, String legalName, String preferredName, String email,
                                 String phone, LocalDate dateOfBirth, String emergencyContact, int version) {
        return new Client(new ClientId(id), account == null ? null : new UserId(account), legalName, preferredName,
                email, phone, dateOfBirth, emergencyContact, version);
    }
}
