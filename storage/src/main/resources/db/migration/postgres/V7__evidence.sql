-- Evidence: files held by SHA-256 (the bytes live in the blob store, not here), their links to incidents, and
-- their append-only, hash-chained custody log (docs/architecture/evidence.md).

CREATE TABLE evidence (
    id                 bigserial PRIMARY KEY,
    sha256             text             NOT NULL UNIQUE CHECK (length(sha256) = 64),
    size_bytes         bigint           NOT NULL CHECK (size_bytes >= 0),
    media_type         text             NOT NULL,
    name_media_type    text,
    original_name      text             NOT NULL,
    added_at           timestamptz      NOT NULL,
    captured_at        text,
    captured_at_source text,
    latitude           double precision,
    longitude          double precision,
    device             text,
    metadata_json      text             NOT NULL DEFAULT '{}',
    perceptual_hash    text
);

CREATE TABLE evidence_incidents (
    evidence_id  bigint NOT NULL REFERENCES evidence (id),
    incident_id  bigint NOT NULL REFERENCES incidents (id),
    PRIMARY KEY (evidence_id, incident_id)
);
CREATE INDEX evidence_incidents_incident ON evidence_incidents (incident_id);

CREATE TABLE custody_log (
    evidence_id    bigint      NOT NULL REFERENCES evidence (id),
    seq            integer     NOT NULL CHECK (seq >= 1),
    file_sha256    text        NOT NULL,
    at_utc         timestamptz NOT NULL,
    action         text        NOT NULL,
    actor          text        NOT NULL,
    details_json   text        NOT NULL,
    previous_hash  text        NOT NULL,
    entry_hash     text        NOT NULL,
    PRIMARY KEY (evidence_id, seq)
);

-- Append-only: the application never updates or deletes an entry; this trigger refuses it from any client that
-- does not drop it first (and verify catches one that does).
CREATE FUNCTION custody_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'custody_log is append-only';
END;
$$;
CREATE TRIGGER custody_log_no_change BEFORE UPDATE OR DELETE ON custody_log
    FOR EACH ROW EXECUTE FUNCTION custody_log_append_only();
