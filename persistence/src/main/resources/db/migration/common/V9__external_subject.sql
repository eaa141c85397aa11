-- Single sign-on: the link from a Mutual account to its person at the identity provider (Keycloak).
-- external_subject is the ID token's subject, a stable id that stays the same when the person's
-- username or e-mail changes; accounts are linked by it and never by username or e-mail. Null for
-- accounts that sign in with a local password; unique, so one person is one account.
-- external_signed_in_at: the latest sign-in through the identity provider (null: never yet).
alter table app_user add column external_subject varchar(255);
alter table app_user add column external_signed_in_at timestamp with time zone;
alter table app_user add constraint app_user_external_subject_uk unique (external_subject);
