-- A client's signed notes (the client page) are found from the client: without this index the notes
-- were found through session_note_status_ix, reading every signed note of the practice.
create index session_note_client_ix on session_note (client_id, status, signed_at, id);
