-- The console's "not a cancellation" queue: messages filed as 'other' without a case, what staff made of them, and the
-- live miss rate of the classifier (how many 'other' messages staff turned into cancellations).

-- Set when staff file a message under another intent: the classifier's own intent stays here (intent holds the new one).
ALTER TABLE inbound_message ADD COLUMN classified_intent text;
ALTER TABLE inbound_message ADD COLUMN reclassified_at timestamptz;
ALTER TABLE inbound_message ADD COLUMN reclassified_by text; -- staff:<id>
-- "Not a cancellation — done": looked at by staff and left as it is.
ALTER TABLE inbound_message ADD COLUMN reviewed_at timestamptz;
ALTER TABLE inbound_message ADD COLUMN reviewed_by text; -- staff:<id>

CREATE INDEX inbound_message_other_queue ON inbound_message (received_at DESC, id DESC) WHERE intent = 'other' AND case_id IS NULL;
-- The miss rate counts what reached the queue in a window: still 'other' without a case, or turned into something else.
CREATE INDEX inbound_message_other_seen ON inbound_message (received_at)
    WHERE (intent = 'other' AND case_id IS NULL) OR classified_intent = 'other';
