-- Private calendar feeds: each client or therapist may have one live feed link at a time. Only the
-- SHA-256 of the link's secret is stored, in hex, so a copy of the database gives nobody a working
-- feed. A new link replaces the row's hash, so the old address stops working at once; turning the
-- feed off deletes the row.
create table calendar_feed (
    user_id     bigint      not null references app_user (id),
    token_hash  varchar(64) not null,
    created_at  timestamp with time zone not null,
    constraint calendar_feed_pk primary key (user_id),
    -- also the index every feed request looks its owner up by
    constraint calendar_feed_hash_uk unique (token_hash)
);
