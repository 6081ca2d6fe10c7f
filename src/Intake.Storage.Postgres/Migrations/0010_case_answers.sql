-- Answers find their case on every channel; cases know their first declaration; staff merge two cases of one person.

-- The message that was the case's first declaration (intent cancel, or confirmed as one by staff): its receipt time
-- is the case's. NULL while the case holds no declaration yet (a question or threat waiting for review).
ALTER TABLE cancellation_case ADD COLUMN first_declaration_message_id bigint REFERENCES inbound_message (id);
UPDATE cancellation_case c SET first_declaration_message_id = coalesce(
    (SELECT m.id FROM inbound_message m WHERE m.case_id = c.id AND m.intent = 'cancel' ORDER BY m.received_at, m.id LIMIT 1),
    CASE WHEN c.kind IS NOT NULL
         THEN (SELECT m.id FROM inbound_message m WHERE m.case_id = c.id ORDER BY m.received_at, m.id LIMIT 1) END);

-- A merged case points at the case that took over its messages and replies.
ALTER TABLE cancellation_case ADD COLUMN merged_into_case_id bigint REFERENCES cancellation_case (id);

-- A reply re-linked by a merge keeps its history but no longer counts for "once per case, kind and channel": the
-- remaining case may hold an identification request on SMS of its own and one of the merged case.
ALTER TABLE outbound_message ADD COLUMN merged_from_case_id bigint REFERENCES cancellation_case (id);
DROP INDEX outbound_message_once;
CREATE UNIQUE INDEX outbound_message_once ON outbound_message (case_id, kind, channel)
    WHERE kind <> 'reply' AND merged_from_case_id IS NULL;

-- Merged is a closed status: retention treats it like the other closed ones.
DROP INDEX cancellation_case_purge_due;
CREATE INDEX cancellation_case_purge_due ON cancellation_case (updated_at)
    WHERE purged_at IS NULL AND status IN ('Retracted', 'Dismissed', 'Completed', 'Merged');
