-- The claims ledger on SQLite (issue 3): what the parties said they struck, their responses to allegations about
-- incidents, and the match candidates between claims and incidents that the last match run stored.
-- Dates are ISO local dates (TEXT), instants ISO-8601 UTC text, lists JSON arrays, as in V1.

CREATE TABLE claim_imports (
    id          INTEGER PRIMARY KEY,
    file_name   TEXT    NOT NULL,
    format      TEXT    NOT NULL,
    file_sha256 TEXT,
    started_at  TEXT    NOT NULL,
    finished_at TEXT,
    inserted    INTEGER NOT NULL,
    updated     INTEGER NOT NULL,
    unchanged   INTEGER NOT NULL,
    unplaced    INTEGER NOT NULL
);

CREATE TABLE claims (
    id                   INTEGER PRIMARY KEY,
    origin_key           TEXT    NOT NULL UNIQUE,
    dataset              TEXT    NOT NULL,
    party                TEXT    NOT NULL,
    party_key            TEXT    NOT NULL,
    stated_at            TEXT    NOT NULL,
    strike_first         TEXT    NOT NULL,
    strike_last          TEXT    NOT NULL,
    strike_local_time    TEXT,
    strike_utc_offset_seconds INTEGER,
    strike_precision     TEXT    NOT NULL,
    locality_names       TEXT    NOT NULL,
    lat                  REAL,
    lon                  REAL,
    location_precision   TEXT    NOT NULL,
    error_radius_km      REAL,
    radius_basis         TEXT,
    placed_by            TEXT    NOT NULL,
    claimed_target       TEXT,
    sorties              INTEGER,
    source_url           TEXT,
    source_text          TEXT,
    source_language      TEXT,
    recorded_at          TEXT    NOT NULL,
    updated_at           TEXT    NOT NULL,
    revision_count       INTEGER NOT NULL,
    content_hash         TEXT    NOT NULL
);
CREATE INDEX claims_by_strike ON claims (strike_first, strike_last);
CREATE INDEX claims_by_update ON claims (updated_at);

CREATE TABLE claim_revisions (
    claim_id     INTEGER NOT NULL REFERENCES claims (id),
    revision     INTEGER NOT NULL,
    import_id    INTEGER REFERENCES claim_imports (id),
    recorded_at  TEXT    NOT NULL,
    content_hash TEXT    NOT NULL,
    fields       TEXT    NOT NULL,
    PRIMARY KEY (claim_id, revision)
);

CREATE TABLE responses (
    id              INTEGER PRIMARY KEY,
    incident_id     INTEGER NOT NULL REFERENCES incidents (id),
    party           TEXT    NOT NULL,
    kind            TEXT    NOT NULL,
    response_date   TEXT    NOT NULL,
    text            TEXT,
    source_url      TEXT,
    source_text     TEXT,
    source_language TEXT,
    recorded_at     TEXT    NOT NULL
);
CREATE INDEX responses_by_incident ON responses (incident_id);

CREATE TABLE claim_matches (
    incident_id    INTEGER NOT NULL REFERENCES incidents (id),
    claim_id       INTEGER NOT NULL REFERENCES claims (id),
    score          REAL    NOT NULL,
    distance_km    REAL    NOT NULL,
    offset_seconds INTEGER NOT NULL,
    reason         TEXT    NOT NULL,
    PRIMARY KEY (incident_id, claim_id)
);
CREATE INDEX claim_matches_by_claim ON claim_matches (claim_id);

-- One row: the parameters of the last full match run and the latest incident and claim changes matched.
CREATE TABLE match_state (
    id                   INTEGER PRIMARY KEY CHECK (id = 1),
    radius_km            REAL    NOT NULL,
    window_seconds       INTEGER NOT NULL,
    incidents_matched_to TEXT,
    claims_matched_to    TEXT,
    full_run_at          TEXT    NOT NULL
);

CREATE INDEX incidents_by_update ON incidents (updated_at);
