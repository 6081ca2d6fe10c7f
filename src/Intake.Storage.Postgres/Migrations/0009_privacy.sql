-- Personal data over time (GDPR): when texts were purged (by retention or erasure), and the indexes that keep
-- finding what is due cheap. The audit (case_event) is untouched: it holds ids, codes and times only.

ALTER TABLE cancellation_case ADD COLUMN purged_at timestamptz;
ALTER TABLE inbound_message ADD COLUMN purged_at timestamptz;
ALTER TABLE raw_payload ADD COLUMN purged_at timestamptz;

-- Retention: closed cases, messages that never became a case, payloads that never became a message.
CREATE INDEX cancellation_case_purge_due ON cancellation_case (updated_at)
    WHERE purged_at IS NULL AND status IN ('Retracted', 'Dismissed', 'Completed');
CREATE INDEX inbound_message_caseless_due ON inbound_message (received_at) WHERE case_id IS NULL AND purged_at IS NULL;
CREATE INDEX raw_payload_unaccepted_due ON raw_payload (received_at) WHERE status <> 'accepted' AND purged_at IS NULL;
-- A re-delivered payload points at the message the first delivery made; erasure and retention follow that link.
CREATE INDEX raw_payload_message ON raw_payload (message_id) WHERE message_id IS NOT NULL;

-- Replaces every occurrence of each term (case-insensitive) in free text such as provider error messages.
CREATE FUNCTION privacy_mask(value text, terms text[], replacement text) RETURNS text LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
    term text;
    found int;
    done text;
BEGIN
    IF value IS NULL THEN
        RETURN NULL;
    END IF;
    FOREACH term IN ARRAY terms LOOP
        CONTINUE WHEN term IS NULL OR term = '';
        done := '';
        LOOP
            found := strpos(lower(value), lower(term));
            EXIT WHEN found = 0;
            done := done || left(value, found - 1) || replacement;
            value := substr(value, found + length(term));
        END LOOP;
        value := done || value;
    END LOOP;
    RETURN value;
END $$;
