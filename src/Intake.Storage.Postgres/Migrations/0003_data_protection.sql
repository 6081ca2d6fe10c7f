-- ASP.NET Core Data Protection keys (antiforgery, receipt links), shared by every host on this database.
CREATE TABLE data_protection_key (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    friendly_name   text,
    xml             text        NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now()
);
