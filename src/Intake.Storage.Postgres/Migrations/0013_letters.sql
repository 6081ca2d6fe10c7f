-- Letters: the directory knows postcode and house number (the identification question asks for them), and a reply
-- to a customer without any electronic address is a printed letter that staff post.

-- Normalised: Dutch '1234AB' or German '12345'; house number with its addition '12', '12a', '12-2'. Both or neither.
ALTER TABLE customer ADD COLUMN postcode text;
ALTER TABLE customer ADD COLUMN house_number text;

-- The PDF the letter sender made for a reply on channel manual (outbound status 'to-print' until posted, then 'sent').
-- pdf is NULL once erased or purged; the reply row keeps the rest.
CREATE TABLE outbound_letter (
    outbound_id     bigint      PRIMARY KEY REFERENCES outbound_message (id),
    pdf             bytea,
    created_at      timestamptz NOT NULL,
    posted_at       timestamptz,
    posted_by       text        -- staff:<id>
);
CREATE INDEX outbound_letter_unposted ON outbound_letter (created_at) WHERE posted_at IS NULL;

-- Billing hears of a confirmation by letter when staff post it (letter_posted), as of any other when it is sent.
CREATE OR REPLACE FUNCTION case_event_to_webhook() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    event_type text;
    body jsonb;
    event_id bigint;
BEGIN
    event_type := CASE
        WHEN NEW.type = 'case_opened' AND NEW.data->>'status' = 'Accepted' THEN 'case.accepted'
        WHEN NEW.type = 'status_changed' AND NEW.data->>'to' = 'Accepted' THEN 'case.accepted'
        WHEN NEW.type = 'status_changed' AND NEW.data->>'to' = 'Retracted' THEN 'case.retracted'
        WHEN NEW.type = 'status_changed' AND NEW.data->>'to' = 'Dismissed' THEN 'case.dismissed'
        WHEN NEW.type = 'status_changed' AND NEW.data->>'to' = 'Completed' THEN 'case.completed'
        WHEN NEW.type IN ('reply_sent', 'letter_posted') AND NEW.data->>'kind' = 'confirmation' THEN 'case.confirmation_sent'
        WHEN NEW.type = 'reason_recorded' THEN 'reason.recorded'
    END;
    IF event_type IS NULL THEN
        RETURN NULL;
    END IF;
    SELECT jsonb_build_object(
        'type', event_type,
        'version', 1,
        'timestamp', NEW.at,
        'data', jsonb_build_object(
            'caseReference', c.reference,
            'status', c.status,
            'customerId', cu.account_number,
            'contractId', k.external_id,
            'receivedAt', c.received_at,
            'effectiveDate', c.effective_date,
            'endDate', c.completed_end_date,
            'channel', c.first_channel,
            'kind', c.kind,
            'reason', c.reason,
            'verified', c.verified))
    INTO body
    FROM cancellation_case c
    LEFT JOIN customer cu ON cu.id = c.customer_id
    LEFT JOIN contract k ON k.id = c.contract_id
    WHERE c.id = NEW.case_id;
    INSERT INTO webhook_event (case_id, type, payload, created_at) VALUES (NEW.case_id, event_type, body, NEW.at)
    RETURNING id INTO event_id;
    INSERT INTO webhook_delivery (event_id, case_id, endpoint, next_attempt_at, created_at)
    SELECT event_id, NEW.case_id, e.name, NEW.at, NEW.at
    FROM webhook_endpoint e
    WHERE e.enabled AND (cardinality(e.types) = 0 OR event_type = ANY (e.types));
    RETURN NULL;
END $$;
