-- The group progress page reads a group's submitted questionnaires in one query; measure_response was
-- indexed by client only, so filtering by group scanned the table.
create index measure_response_group_ix on measure_response (group_id, status, client_id);
