-- Operational alerts (ops.*) travel on the signed event outbox. They belong to no case, so an event and its
-- deliveries may have no case_id (such deliveries wait for nothing: they have no per-case order).
ALTER TABLE webhook_event ALTER COLUMN case_id DROP NOT NULL;
ALTER TABLE webhook_delivery ALTER COLUMN case_id DROP NOT NULL;

-- One row per alert ever raised. The key is unique, so hosts sharing this database never raise the same
-- alert twice: channel_down:email:3, channel_recovered:email:3, confirmation_failed:1234.
CREATE TABLE ops_alert (
    key             text        PRIMARY KEY,
    type            text        NOT NULL,
    subject         text        NOT NULL,   -- the channel or outbound id the alert is about
    event_id        bigint      NOT NULL REFERENCES webhook_event (id),
    created_at      timestamptz NOT NULL
);
CREATE INDEX ops_alert_subject ON ops_alert (type, subject);
