-- The defaults a group's new sessions start from: a weekly slot (ISO weekday 1-7, local start time,
-- duration, time zone) and a place and/or video link. All optional.
alter table therapy_group add column slot_weekday smallint;
alter table therapy_group add column slot_start time;
alter table therapy_group add column slot_minutes integer;
alter table therapy_group add column slot_zone varchar(64);
alter table therapy_group add column place varchar(200);
alter table therapy_group add column video_link varchar(500);
alter table therapy_group add constraint therapy_group_slot_weekday_ck check (slot_weekday between 1 and 7);
