-- Witness statements. The witness's name and contact details are stored only as AES-GCM envelopes (bytea) sealed
-- by the application with a key kept outside the database; nothing here can open them. The statement text is not
-- part of any search index. testimony_keys records the check value of each key that sealed something, so that a
-- wrong key is refused at start.

CREATE TABLE testimonies (
    id              bigserial PRIMARY KEY,
    incident_id     bigint      NOT NULL REFERENCES incidents (id),
    pseudonym       text        NOT NULL,
    interviewer     text        NOT NULL,
    interviewed_on  date        NOT NULL,
    language        text,
    statement_text  text        NOT NULL,
    consent         text        NOT NULL CHECK (consent IN ('INTERNAL_ONLY', 'PUBLISH_ANONYMISED', 'PUBLISH_WITH_NAME')),
    identity_key_id text        NOT NULL,
    name_sealed     bytea       NOT NULL,
    contact_sealed  bytea,
    created_at      timestamptz NOT NULL
);

CREATE INDEX testimonies_by_incident ON testimonies (incident_id, id);
CREATE INDEX testimonies_by_key ON testimonies (identity_key_id);

CREATE TABLE testimony_keys (
    key_id      text PRIMARY KEY,
    check_value text        NOT NULL,
    recorded_at timestamptz NOT NULL
);
