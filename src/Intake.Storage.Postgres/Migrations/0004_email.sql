-- Email channel: SMTP acceptances recorded at once (a re-run after a crash never sends a second mail),
-- and the lookups that thread a customer's reply back to its case.
CREATE TABLE email_sent (
    message_id      text        PRIMARY KEY,   -- our Message-Id, deterministic per outbound row
    outbound_id     bigint      NOT NULL REFERENCES outbound_message (id),
    accepted_at     timestamptz NOT NULL,
    server_reply    text
);
CREATE INDEX IF NOT EXISTS inbound_message_thread ON inbound_message (channel, thread_reference);
CREATE INDEX IF NOT EXISTS outbound_message_provider ON outbound_message (channel, provider_id);
