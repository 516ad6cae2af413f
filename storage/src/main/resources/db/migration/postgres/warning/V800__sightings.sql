-- Early warning: registered spotters and their posts (never published) and the append-only sightings ledger
-- (docs/architecture/warning.md). observed_ms orders and ranges sightings in both dialects alike.

CREATE TABLE spotters (
    pseudonym     TEXT PRIMARY KEY,
    token_sha256  TEXT NOT NULL UNIQUE CHECK (length(token_sha256) = 64),
    created_at    TIMESTAMPTZ NOT NULL,
    revoked_at    TIMESTAMPTZ
);

CREATE TABLE spotter_posts (
    pseudonym  TEXT NOT NULL REFERENCES spotters (pseudonym),
    code       TEXT NOT NULL,
    lat        DOUBLE PRECISION,
    lon        DOUBLE PRECISION,
    PRIMARY KEY (pseudonym, code)
);

CREATE TABLE sightings (
    id                 BIGSERIAL PRIMARY KEY,
    spotter            TEXT    NOT NULL REFERENCES spotters (pseudonym),
    post               TEXT    NOT NULL,
    reported_lat       DOUBLE PRECISION,
    reported_lon       DOUBLE PRECISION,
    observed_at        TIMESTAMPTZ    NOT NULL,
    observed_ms        BIGINT NOT NULL,
    received_at        TIMESTAMPTZ    NOT NULL,
    theatre            TEXT    NOT NULL,
    aircraft_type      TEXT    NOT NULL,
    aircraft_count     INTEGER NOT NULL CHECK (aircraft_count BETWEEN 1 AND 50),
    event              TEXT    NOT NULL,
    base_code          TEXT,
    heading_deg        DOUBLE PRECISION,
    heading_uncertainty_deg DOUBLE PRECISION,
    position_lat       DOUBLE PRECISION    NOT NULL,
    position_lon       DOUBLE PRECISION    NOT NULL,
    alert_id           TEXT
);
CREATE INDEX sightings_observed ON sightings (observed_ms);
