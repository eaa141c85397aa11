-- The language each person chose for Mutual's screens ('en', 'es'); null = follow the browser.
alter table app_user add column locale varchar(16);
