-- Early warning: registered spotters and their posts (never published) and the append-only sightings ledger
-- (docs/architecture/warning.md). observed_ms orders and ranges sightings in both dialects alike.

CREATE TABLE spotters (
    pseudonym     TEXT PRIMARY KEY,
    token_sha256  TEXT NOT NULL UNIQUE CHECK (length(token_sha256) = 64),
    created_at    TEXT NOT NULL,
    revoked_at    TEXT
);

CREATE TABLE spotter_posts (
    pseudonym  TEXT NOT NULL REFERENCES spotters (pseudonym),
    code       TEXT NOT NULL,
    lat        REAL,
    lon        REAL,
    PRIMARY KEY (pseudonym, code)
);

CREATE TABLE sightings (
    id                 INTEGER PRIMARY KEY,
    spotter            TEXT    NOT NULL REFERENCES spotters (pseudonym),
    post               TEXT    NOT NULL,
    reported_lat       REAL,
    reported_lon       REAL,
    observed_at        TEXT    NOT NULL,
    observed_ms        INTEGER NOT NULL,
    received_at        TEXT    NOT NULL,
    theatre            TEXT    NOT NULL,
    aircraft_type      TEXT    NOT NULL,
    aircraft_count     INTEGER NOT NULL CHECK (aircraft_count BETWEEN 1 AND 50),
    event              TEXT    NOT NULL,
    base_code          TEXT,
    heading_deg        REAL,
    heading_uncertainty_deg REAL,
    position_lat       REAL    NOT NULL,
    position_lon       REAL    NOT NULL,
    alert_id           TEXT
);
CREATE INDEX sightings_observed ON sightings (observed_ms);
