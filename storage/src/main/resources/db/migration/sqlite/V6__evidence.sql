-- Evidence: files held by SHA-256 (the bytes live in the blob store, not here), their links to incidents, and
-- their append-only, hash-chained custody log (docs/architecture/evidence.md).

CREATE TABLE evidence (
    id               INTEGER PRIMARY KEY,
    sha256           TEXT    NOT NULL UNIQUE CHECK (length(sha256) = 64),
    size_bytes       INTEGER NOT NULL CHECK (size_bytes >= 0),
    media_type       TEXT    NOT NULL,
    name_media_type  TEXT,
    original_name    TEXT    NOT NULL,
    added_at         TEXT    NOT NULL,
    captured_at      TEXT,
    captured_at_source TEXT,
    latitude         REAL,
    longitude        REAL,
    device           TEXT,
    metadata_json    TEXT    NOT NULL DEFAULT '{}',
    perceptual_hash  TEXT
);

CREATE TABLE evidence_incidents (
    evidence_id  INTEGER NOT NULL REFERENCES evidence (id),
    incident_id  INTEGER NOT NULL REFERENCES incidents (id),
    PRIMARY KEY (evidence_id, incident_id)
);
CREATE INDEX evidence_incidents_incident ON evidence_incidents (incident_id);

CREATE TABLE custody_log (
    evidence_id    INTEGER NOT NULL REFERENCES evidence (id),
    seq            INTEGER NOT NULL CHECK (seq >= 1),
    file_sha256    TEXT    NOT NULL,
    at_utc         TEXT    NOT NULL,
    action         TEXT    NOT NULL,
    actor          TEXT    NOT NULL,
    details_json   TEXT    NOT NULL,
    previous_hash  TEXT    NOT NULL,
    entry_hash     TEXT    NOT NULL,
    PRIMARY KEY (evidence_id, seq)
);

-- Append-only: the application never updates or deletes an entry; these triggers refuse it from any client that
-- does not drop them first (and verify catches one that does).
CREATE TRIGGER custody_log_no_update BEFORE UPDATE ON custody_log
BEGIN SELECT RAISE(ABORT, 'custody_log is append-only'); END;
CREATE TRIGGER custody_log_no_delete BEFORE DELETE ON custody_log
BEGIN SELECT RAISE(ABORT, 'custody_log is append-only'); END;
