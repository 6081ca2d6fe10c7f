-- Webcare console: staff language, staff-made identity links (reversible), callback escalation, case notes.

ALTER TABLE staff_user ADD COLUMN language text NOT NULL DEFAULT 'nl';

-- 'staff:<id>' when a staff member linked the address to the customer; only those links may be undone in the console.
ALTER TABLE identity_link ADD COLUMN linked_by text;

-- What the customer asked to be called about (free text may hold personal data, so it stays out of case_event),
-- when the overdue job escalated the promise, and who kept it.
ALTER TABLE callback_promise ADD COLUMN note text;
ALTER TABLE callback_promise ADD COLUMN escalated_at timestamptz;
ALTER TABLE callback_promise ADD COLUMN done_by text;
CREATE INDEX callback_promise_open ON callback_promise (due_at) WHERE done_at IS NULL;
CREATE INDEX callback_promise_case ON callback_promise (case_id);

-- Notes are free text written by staff: kept here, referenced from the append-only audit by id only.
CREATE TABLE case_note (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id         bigint      NOT NULL REFERENCES cancellation_case (id),
    author          text        NOT NULL, -- staff:<id>
    body            text        NOT NULL,
    created_at      timestamptz NOT NULL
);
CREATE INDEX case_note_case ON case_note (case_id, id);

-- The console's queues filter cases by status and list them newest first.
CREATE INDEX cancellation_case_status ON cancellation_case (status, updated_at DESC);
CREATE INDEX outbound_message_case ON outbound_message (case_id);
