package org.mutual.persistence.reminder;

import static org.mutual.persistence.jooq.Tables.APP_USER;
import static org.mutual.persistence.jooq.Tables.CLIENT;
import static org.mutual.persistence.jooq.Tables.GROUP_FACILITATOR;
import static org.mutual.persistence.jooq.Tables.HOMEWORK;
import static org.mutual.persistence.jooq.Tables.MEMBERSHIP;
import static org.mutual.persistence.jooq.Tables.REMINDER_SENT;
import static org.mutual.persistence.jooq.Tables.SESSION_NOTE;
import static org.mutual.persistence.jooq.Tables.THERAPY_SESSION;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.or;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectCount;
import static org.jooq.impl.DSL.selectOne;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.mutual.domain.client.ClientId;
import org.mutual.domain.homework.HomeworkId;
import org.mutual.domain.homework.HomeworkStatus;
import org.mutual.domain.membership.MembershipStatus;
import org.mutual.domain.note.NoteStatus;
import org.mutual.domain.reminder.ReminderKey;
import org.mutual.domain.reminder.ReminderRepository;
import org.mutual.domain.session.SessionId;
import org.mutual.domain.session.SessionStatus;
import org.mutual.domain.user.Language;
import org.mutual.domain.user.Role;
import org.mutual.domain.user.UserId;
import org.mutual.persistence.base.Inserts;
import org.mutual.persistence.base.Timestamps;
import org.springframework.stereotype.Repository;

@Repository
public class JooqReminderRepository implements ReminderRepository {

    private final DSLContext dsl;

    public JooqReminderRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<SessionSeat> sessionSeats(Instant from, Instant to) {
        return dsl.select(THERAPY_SESSION.ID, THERAPY_SESSION.STARTS_AT, THERAPY_SESSION.STATUS, THERAPY_SESSION.PLACE,
                        CLIENT.ID, CLIENT.EMAIL, CLIENT.EMAIL_REMINDERS, MEMBERSHIP.STATUS, MEMBERSHIP.JOINED_ON,
                        MEMBERSHIP.LEFT_ON, APP_USER.LOCALE)
                .from(THERAPY_SESSION)
                .join(MEMBERSHIP).on(MEMBERSHIP.GROUP_ID.eq(THERAPY_SESSION.GROUP_ID))
                .join(CLIENT).on(CLIENT.ID.eq(MEMBERSHIP.CLIENT_ID))
                .leftJoin(APP_USER).on(APP_USER.ID.eq(CLIENT.ACCOUNT_ID))
                .where(THERAPY_SESSION.STARTS_AT.ge(Timestamps.toDb(from)))
                .and(THERAPY_SESSION.STARTS_AT.lt(Timestamps.toDb(to)))
                .orderBy(THERAPY_SESSION.STARTS_AT, THERAPY_SESSION.ID, CLIENT.ID, MEMBERSHIP.JOINED_ON)
                .fetch(r -> new SessionSeat(new SessionId(r.value1()), Timestamps.fromDb(r.value2()),
                        SessionStatus.valueOf(r.value3()), r.value4(), new ClientId(r.value5()), r.value6(),
                        Language.chosenOrEnglish(r.value11()), r.value7(), MembershipStatus.valueOf(r.value8()),
                        r.value9(), r.value10()));
    }

    @Override
    public List<OpenHomework> openHomework(LocalDate from, LocalDate to, LocalDate memberOn) {
        return dsl.select(HOMEWORK.ID, CLIENT.ID, CLIENT.EMAIL, CLIENT.EMAIL_REMINDERS, HOMEWORK.DUE_ON, APP_USER.LOCALE)
                .from(HOMEWORK)
                .join(CLIENT).on(CLIENT.ID.eq(HOMEWORK.CLIENT_ID))
                .leftJoin(APP_USER).on(APP_USER.ID.eq(CLIENT.ACCOUNT_ID))
                .where(HOMEWORK.STATUS.eq(HomeworkStatus.ASSIGNED.name()))
                .and(HOMEWORK.DUE_ON.between(from, to))
                .andExists(selectOne().from(MEMBERSHIP)
                        .where(MEMBERSHIP.GROUP_ID.eq(HOMEWORK.GROUP_ID))
                        .and(MEMBERSHIP.CLIENT_ID.eq(HOMEWORK.CLIENT_ID))
                        .and(MEMBERSHIP.STATUS.eq(MembershipStatus.ACTIVE.name()))
                        .and(MEMBERSHIP.JOINED_ON.le(memberOn))
                        .and(or(MEMBERSHIP.LEFT_ON.isNull(), MEMBERSHIP.LEFT_ON.ge(memberOn))))
                .orderBy(HOMEWORK.DUE_ON, HOMEWORK.ID)
                .fetch(r -> new OpenHomework(new HomeworkId(r.value1()), new ClientId(r.value2()), r.value3(),
                        Language.chosenOrEnglish(r.value6()), r.value4(), r.value5()));
    }

    @Override
    public List<TherapistWork> therapistWork(Instant notesBefore) {
        Field<Integer> toReview = field(selectCount().from(HOMEWORK)
                .join(GROUP_FACILITATOR).on(GROUP_FACILITATOR.GROUP_ID.eq(HOMEWORK.GROUP_ID))
                .where(GROUP_FACILITATOR.USER_ID.eq(APP_USER.ID))
                .and(HOMEWORK.STATUS.eq(HomeworkStatus.SUBMITTED.name()))).as("to_review");
        Field<Integer> unsigned = field(selectCount().from(SESSION_NOTE)
                .join(THERAPY_SESSION).on(THERAPY_SESSION.ID.eq(SESSION_NOTE.SESSION_ID))
                .join(GROUP_FACILITATOR).on(GROUP_FACILITATOR.GROUP_ID.eq(THERAPY_SESSION.GROUP_ID))
                .where(GROUP_FACILITATOR.USER_ID.eq(APP_USER.ID))
                .and(SESSION_NOTE.STATUS.eq(NoteStatus.DRAFT.name()))
                .and(THERAPY_SESSION.STARTS_AT.lt(Timestamps.toDb(notesBefore)))).as("unsigned_notes");
        return dsl.select(APP_USER.ID, APP_USER.EMAIL, toReview, unsigned, APP_USER.LOCALE)
                .from(APP_USER)
                .where(APP_USER.ROLE.eq(Role.THERAPIST.name()))
                .and(APP_USER.ACTIVE.isTrue())
                .andExists(select(GROUP_FACILITATOR.GROUP_ID).from(GROUP_FACILITATOR)
                        .where(GROUP_FACILITATOR.USER_ID.eq(APP_USER.ID)))
                .orderBy(APP_USER.ID)
                .fetch(r -> new TherapistWork(new UserId(r.value1()), r.value2(), Language.chosenOrEnglish(r.value5()),
                        r.value3(), r.value4()))
                .stream().filter(w -> w.toReview() > 0 || w.unsignedNotes() > 0).toList();
    }

    @Override
    public boolean claim(ReminderKey key, Instant at) {
        return Inserts.ignoringDuplicate(dsl.insertInto(REMINDER_SENT)
                .set(REMINDER_SENT.KIND, key.kind().name())
                .set(REMINDER_SENT.SUBJECT_ID, key.subject())
                .set(REMINDER_SENT.RECIPIENT_ID, key.recipient())
                .set(REMINDER_SENT.SENT_ON, key.day())
                .set(REMINDER_SENT.SENT_AT, Timestamps.toDb(at))) == 1;
    }

    @Override
    public void release(ReminderKey key) {
        dsl.deleteFrom(REMINDER_SENT)
                .where(REMINDER_SENT.KIND.eq(key.kind().name()))
                .and(REMINDER_SENT.SUBJECT_ID.eq(key.subject()))
                .and(REMINDER_SENT.RECIPIENT_ID.eq(key.recipient()))
                .and(REMINDER_SENT.SENT_ON.eq(key.day()))
                .execute();
    }

    @Override
    public boolean remindersOn(ClientId client) {
        return dsl.select(CLIENT.EMAIL_REMINDERS).from(CLIENT).where(CLIENT.ID.eq(client.value()))
                .fetchOptional(CLIENT.EMAIL_REMINDERS).orElse(false);
    }

    @Override
    public void setRemindersOn(ClientId client, boolean on) {
        dsl.update(CLIENT).set(CLIENT.EMAIL_REMINDERS, on).where(CLIENT.ID.eq(client.value())).execute();
    }
}
