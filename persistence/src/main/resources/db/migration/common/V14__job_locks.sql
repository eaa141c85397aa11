-- Scheduled jobs run on one instance at a time, however many instances share the database: an
-- instance runs a job only while it holds the job's lease here. One row per job, made by the first
-- instance that asks for it; an instance takes the job over only once the current lease has run out.
create table job_lock (
    name         varchar(100)             primary key,
    locked_until timestamp with time zone not null,
    locked_by    varchar(200)             not null
);
