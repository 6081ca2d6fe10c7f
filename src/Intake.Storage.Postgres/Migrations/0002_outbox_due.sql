-- The dispatcher claims due rows across all channels; this keeps that claim and the poll cheap.
CREATE INDEX outbound_message_due ON outbound_message (next_attempt_at) WHERE status = 'queued';
