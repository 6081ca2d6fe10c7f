-- Staff lifecycle: accounts can be deactivated, every session carries the account's session version (the console's
-- cookie check refuses a session whose version is no longer the account's: deactivation, a password change or reset
-- end sessions at their next request), an admin reset makes the user choose a new password at next sign-in, and
-- account changes have an append-only audit of their own.

ALTER TABLE staff_user ADD COLUMN active boolean NOT NULL DEFAULT true;
ALTER TABLE staff_user ADD COLUMN session_version bigint NOT NULL DEFAULT 1;
ALTER TABLE staff_user ADD COLUMN must_change_password boolean NOT NULL DEFAULT false;

-- Ids, codes and times only: never a password, a hash or an email address.
CREATE TABLE staff_event (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    staff_id        bigint      NOT NULL REFERENCES staff_user (id),
    at              timestamptz NOT NULL,
    type            text        NOT NULL, -- staff_deactivated | staff_reactivated | password_changed | password_reset | signed_in_oidc
    actor           text        NOT NULL, -- staff:<id> | command-line
    data            jsonb       NOT NULL DEFAULT '{}'
);
CREATE INDEX staff_event_staff ON staff_event (staff_id, id);

-- Append-only like case_event; the function names the table, so any later audit table can use it too.
CREATE FUNCTION audit_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only (% refused)', TG_TABLE_NAME, TG_OP;
END $$;
CREATE TRIGGER staff_event_append_only BEFORE UPDATE OR DELETE ON staff_event
    FOR EACH ROW EXECUTE FUNCTION audit_is_append_only();
CREATE TRIGGER staff_event_no_truncate BEFORE TRUNCATE ON staff_event
    FOR EACH STATEMENT EXECUTE FUNCTION audit_is_append_only();
