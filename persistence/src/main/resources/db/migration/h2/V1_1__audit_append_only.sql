-- The audit trail refuses changes at the database level (H2 triggers are Java classes).
create trigger audit_entry_no_update before update on audit_entry
    for each row call 'org.mutual.persistence.audit.AppendOnlyTrigger';
create trigger audit_entry_no_delete before delete on audit_entry
    for each row call 'org.mutual.persistence.audit.AppendOnlyTrigger';
