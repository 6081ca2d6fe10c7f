-- Twilio channel: SMS opt-outs per number, and the state of IVR calls until they become one inbound message.

-- Twilio refuses to send to a number that texted STOP (error 21610); we keep the same fact so a confirmation
-- goes by another channel on file instead of failing. START/UNSTOP/YES opts back in.
CREATE TABLE twilio_sms_opt_out (
    phone           text        PRIMARY KEY,   -- E.164
    opted_out       boolean     NOT NULL,
    keyword         text        NOT NULL,
    raw_payload_id  bigint      REFERENCES raw_payload (id),
    changed_at      timestamptz NOT NULL
);

-- One row per call: the IVR steps update it; it becomes the call's inbound message once the caller confirms,
-- asks for a callback, or hangs up after choosing "cancel" (then unconfirmed, for review).
CREATE TABLE twilio_call (
    call_sid        text        PRIMARY KEY,
    caller          text        NOT NULL,      -- E.164, or what Twilio sent for a withheld number
    language        text        NOT NULL DEFAULT 'nl',
    started_at      timestamptz NOT NULL,
    choice          text,                      -- cancel | callback | other
    declared_at     timestamptz,               -- first time the caller chose cancel or callback: the receipt time
    account_number  text,
    steps           jsonb       NOT NULL DEFAULT '[]', -- [{at, step, digits, speech}]
    outcome         text,                      -- confirmed | unconfirmed | callback
    message_id      bigint,
    case_reference  text,
    finished_at     timestamptz,
    updated_at      timestamptz NOT NULL
);
CREATE INDEX twilio_call_unfinished ON twilio_call (updated_at) WHERE finished_at IS NULL AND choice = 'cancel';
