-- The audit log screen filters by actor, action, record and outcome, always newest first. Each filter
-- gets an index that ends in the sort order (occurred_at, id), so a page is read straight off the index.
create index audit_entry_actor_name_ix on audit_entry (actor_name, occurred_at, id);
create index audit_entry_action_ix on audit_entry (action, occurred_at, id);
create index audit_entry_outcome_ix on audit_entry (outcome, occurred_at, id);
drop index audit_entry_record_ix;
create index audit_entry_record_ix on audit_entry (record_type, record_id, occurred_at, id);
