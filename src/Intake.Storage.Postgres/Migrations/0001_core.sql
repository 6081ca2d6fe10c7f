-- Intake core schema. Times are timestamptz in UTC; business dates are date.

CREATE TABLE raw_payload (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    channel         text        NOT NULL,
    provider_id     text,
    content_type    text        NOT NULL,
    body            bytea       NOT NULL,
    received_at     timestamptz NOT NULL,
    status          text        NOT NULL DEFAULT 'received', -- received | accepted | quarantined
    reason          text,
    message_id      bigint,
    updated_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX raw_payload_quarantined ON raw_payload (received_at) WHERE status <> 'accepted';

CREATE TABLE customer (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_number  text        NOT NULL UNIQUE,
    name            text        NOT NULL,
    email           text,
    phone           text,
    x_user_id       text,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE contract (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    external_id         text        NOT NULL UNIQUE,
    customer_id         bigint      NOT NULL REFERENCES customer (id),
    product             text        NOT NULL,
    start_date          date        NOT NULL,
    minimum_term_end    date,
    notice_period       text        NOT NULL DEFAULT 'P1M',
    renewal             text        NOT NULL DEFAULT 'tacit',
    time_zone           text        NOT NULL DEFAULT 'Europe/Amsterdam',
    ended_on            date
);
CREATE INDEX contract_customer ON contract (customer_id);

CREATE TABLE identity_link (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind            text        NOT NULL, -- email | phone | x | account
    value           text        NOT NULL,
    customer_id     bigint      NOT NULL REFERENCES customer (id),
    verified        boolean     NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    UNIQUE (kind, value, customer_id)
);
CREATE INDEX identity_link_value ON identity_link (kind, value);

CREATE TABLE cancellation_case (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    reference           text        NOT NULL UNIQUE,
    status              text        NOT NULL,
    kind                text,
    customer_id         bigint      REFERENCES customer (id),
    contract_id         bigint      REFERENCES contract (id),
    -- Without a contract, the open case is keyed by the sender (one open case per unknown sender).
    open_key            text,
    received_at         timestamptz NOT NULL,
    first_channel       text        NOT NULL,
    requested_date      date,
    effective_date      date,
    effective_rule      text,
    reason              text,
    reason_text         text,
    verified            boolean     NOT NULL,
    language            text        NOT NULL DEFAULT 'nl',
    why_token           text        NOT NULL UNIQUE,
    created_at          timestamptz NOT NULL,
    updated_at          timestamptz NOT NULL
);
-- One open case per contract (or per unknown sender): the database, not luck, keeps it so.
CREATE UNIQUE INDEX cancellation_case_one_open ON cancellation_case (open_key)
    WHERE status IN ('NeedsReview', 'NeedsIdentification', 'Accepted');
CREATE INDEX cancellation_case_customer ON cancellation_case (customer_id);
CREATE SEQUENCE case_reference_seq;

CREATE TABLE inbound_message (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    channel             text        NOT NULL,
    provider_message_id text        NOT NULL,
    received_at         timestamptz NOT NULL,
    sender_address      text        NOT NULL,
    display_name        text,
    subject             text,
    body_text           text        NOT NULL,
    thread_reference    text,
    raw_payload_id      bigint      REFERENCES raw_payload (id),
    language            text,
    intent              text        NOT NULL,
    kind                text,
    confidence          double precision NOT NULL,
    cues                text[]      NOT NULL DEFAULT '{}',
    case_id             bigint      REFERENCES cancellation_case (id),
    created_at          timestamptz NOT NULL,
    UNIQUE (channel, provider_message_id)
);
CREATE INDEX inbound_message_case ON inbound_message (case_id);
CREATE INDEX inbound_message_sender ON inbound_message (sender_address);

CREATE TABLE case_event (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id         bigint      NOT NULL REFERENCES cancellation_case (id),
    at              timestamptz NOT NULL,
    type            text        NOT NULL,
    actor           text        NOT NULL, -- system | staff:<id>
    verified        boolean     NOT NULL,
    data            jsonb       NOT NULL DEFAULT '{}'
);
CREATE INDEX case_event_case ON case_event (case_id, id);

-- The audit is append-only: updates and deletes are refused by the database itself.
CREATE FUNCTION case_event_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'case_event is append-only (% refused)', TG_OP;
END $$;
CREATE TRIGGER case_event_append_only BEFORE UPDATE OR DELETE ON case_event
    FOR EACH ROW EXECUTE FUNCTION case_event_is_append_only();
CREATE TRIGGER case_event_no_truncate BEFORE TRUNCATE ON case_event
    FOR EACH STATEMENT EXECUTE FUNCTION case_event_is_append_only();

CREATE TABLE outbound_message (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id             bigint      NOT NULL REFERENCES cancellation_case (id),
    kind                text        NOT NULL, -- confirmation | confirmation-contact | acknowledgement | identification-request | reply
    channel             text        NOT NULL,
    recipient           text        NOT NULL,
    language            text        NOT NULL,
    template            text        NOT NULL,
    subject             text,
    body                text        NOT NULL,
    in_reply_to         text,
    status              text        NOT NULL DEFAULT 'queued',
    provider_id         text,
    attempts            int         NOT NULL DEFAULT 0,
    last_error          text,
    next_attempt_at     timestamptz NOT NULL,
    claimed_at          timestamptz,
    created_at          timestamptz NOT NULL,
    sent_at             timestamptz,
    updated_at          timestamptz NOT NULL
);
-- A confirmation is written once per case, kind and channel: a transactional outbox.
CREATE UNIQUE INDEX outbound_message_once ON outbound_message (case_id, kind, channel) WHERE kind <> 'reply';
CREATE INDEX outbound_message_queued ON outbound_message (channel, next_attempt_at) WHERE status = 'queued';
CREATE INDEX outbound_message_sending ON outbound_message (claimed_at) WHERE status = 'sending';

CREATE TABLE channel_checkpoint (
    channel         text        NOT NULL,
    name            text        NOT NULL,
    value           text        NOT NULL,
    updated_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (channel, name)
);

CREATE TABLE callback_promise (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id         bigint      NOT NULL REFERENCES cancellation_case (id),
    due_at          timestamptz NOT NULL,
    promised_by     text        NOT NULL,
    done_at         timestamptz,
    created_at      timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE staff_user (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email           text        NOT NULL UNIQUE,
    role            text        NOT NULL,
    password_hash   text        NOT NULL,
    failed_logins   int         NOT NULL DEFAULT 0,
    locked_until    timestamptz,
    created_at      timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE channel_heartbeat (
    channel         text        PRIMARY KEY,
    last_ok_at      timestamptz,
    last_error_at   timestamptz,
    last_error      text
);
