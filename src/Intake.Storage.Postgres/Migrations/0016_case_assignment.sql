-- Assignment: the staff member who has the case now (NULL: nobody). Who assigned whom and when is in the append-only
-- case_event (case_assigned / case_unassigned); the column only answers "whose is it" for the queues and "mine".
ALTER TABLE cancellation_case ADD COLUMN assigned_to bigint REFERENCES staff_user (id);
CREATE INDEX cancellation_case_assigned ON cancellation_case (assigned_to, received_at) WHERE assigned_to IS NOT NULL;
