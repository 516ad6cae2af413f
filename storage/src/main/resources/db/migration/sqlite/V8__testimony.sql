-- Witness statements. The witness's name and contact details are stored only as AES-GCM envelopes (BLOB) sealed
-- by the application with a key kept outside the database; nothing here can open them. The statement text is not
-- part of any search index. testimony_keys records the check value of each key that sealed something, so that a
-- wrong key is refused at start.

CREATE TABLE testimonies (
    id              INTEGER PRIMARY KEY,
    incident_id     INTEGER NOT NULL REFERENCES incidents (id),
    pseudonym       TEXT    NOT NULL,
    interviewer     TEXT    NOT NULL,
    interviewed_on  TEXT    NOT NULL,
    language        TEXT,
    statement_text  TEXT    NOT NULL,
    consent         TEXT    NOT NULL CHECK (consent IN ('INTERNAL_ONLY', 'PUBLISH_ANONYMISED', 'PUBLISH_WITH_NAME')),
    identity_key_id TEXT    NOT NULL,
    name_sealed     BLOB    NOT NULL,
    contact_sealed  BLOB,
    created_at      TEXT    NOT NULL
);

CREATE INDEX testimonies_by_incident ON testimonies (incident_id, id);
CREATE INDEX testimonies_by_key ON testimonies (identity_key_id);

CREATE TABLE testimony_keys (
    key_id      TEXT PRIMARY KEY,
    check_value TEXT NOT NULL,
    recorded_at TEXT NOT NULL
);
