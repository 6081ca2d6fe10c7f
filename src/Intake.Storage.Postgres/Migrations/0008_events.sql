-- Signed events to billing and CRM (Standard Webhooks). Every case change already appends a case_event in
-- its own transaction; this trigger turns the ones billing must hear about into a webhook event plus one
-- delivery per enabled endpoint, in that same transaction: an outbox nobody can forget to write.

CREATE TABLE webhook_endpoint (
    name            text        PRIMARY KEY,
    url             text        NOT NULL,
    types           text[]      NOT NULL DEFAULT '{}',  -- empty: every event type
    enabled         boolean     NOT NULL DEFAULT true,
    disabled_reason text,
    updated_at      timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE webhook_event (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id         bigint      NOT NULL REFERENCES cancellation_case (id),
    type            text        NOT NULL,
    payload         jsonb       NOT NULL,
    created_at      timestamptz NOT NULL
);
CREATE INDEX webhook_event_created ON webhook_event (created_at);

CREATE TABLE webhook_delivery (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id        bigint      NOT NULL REFERENCES webhook_event (id),
    case_id         bigint      NOT NULL,
    endpoint        text        NOT NULL REFERENCES webhook_endpoint (name),
    status          text        NOT NULL DEFAULT 'pending', -- pending | sending | delivered | failed | disabled
    attempts        int         NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL,
    claimed_at      timestamptz,
    last_status     int,
    last_error      text,
    last_latency_ms int,
    delivered_at    timestamptz,
    created_at      timestamptz NOT NULL,
    UNIQUE (event_id, endpoint)
);
CREATE INDEX webhook_delivery_due ON webhook_delivery (next_attempt_at) WHERE status = 'pending';
CREATE INDEX webhook_delivery_open ON webhook_delivery (endpoint, case_id, id) WHERE status IN ('pending', 'sending');

-- Billing confirms the real end of the contract.
ALTER TABLE cancellation_case ADD COLUMN completed_end_date date;
ALTER TABLE cancellation_case ADD COLUMN end_date_mismatch boolean NOT NULL DEFAULT false;

CREATE FUNCTION case_event_to_webhook() RETURNS trigger LANGUAGE plpgsql AS $$
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
        WHEN NEW.type = 'reply_sent' AND NEW.data->>'kind' = 'confirmation' THEN 'case.confirmation_sent'
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

CREATE TRIGGER case_event_webhooks AFTER INSERT ON case_event
    FOR EACH ROW EXECUTE FUNCTION case_event_to_webhook();
