-- E-mail reminders. A client may turn them off (on their portal, or their therapist on the client
-- page); they are on until then.
alter table client add column email_reminders boolean not null default true;

-- One row per reminder sent: the kind, what it is about (a session, a homework, or the therapist
-- for a digest), who receives it (a client, or the therapist's account) and the practice day it was
-- sent for. The primary key is what keeps a reminder from going out twice, whichever instance or
-- retry tries: the sender claims the row before sending and takes it back only if sending failed.
create table reminder_sent (
    kind          varchar(24) not null,
    subject_id    bigint      not null,
    recipient_id  bigint      not null,
    sent_on       date        not null,
    sent_at       timestamp with time zone not null,
    constraint reminder_sent_pk primary key (kind, subject_id, recipient_id, sent_on),
    constraint reminder_sent_kind_ck check (kind in ('SESSION_TOMORROW', 'HOMEWORK_DUE', 'THERAPIST_DIGEST'))
);
create index reminder_sent_day_ix on reminder_sent (sent_on);

-- The digest counts draft notes by the age of their session.
create index session_note_status_ix on session_note (status, session_id);
