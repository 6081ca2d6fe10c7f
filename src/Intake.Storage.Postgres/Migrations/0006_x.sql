-- An X reply is up to two posts: the DM with the confirmation and, for a public mention, the public reply.
-- Each part is recorded once X accepted it, so a retry after a rate limit never posts a part twice.
CREATE TABLE x_reply_part (
    outbound_id     bigint      NOT NULL REFERENCES outbound_message (id),
    part            text        NOT NULL, -- dm | public
    provider_id     text        NOT NULL,
    sent_at         timestamptz NOT NULL,
    PRIMARY KEY (outbound_id, part)
);
