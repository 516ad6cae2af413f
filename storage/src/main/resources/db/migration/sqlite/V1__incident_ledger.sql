-- The incident ledger on SQLite. Dates are ISO local dates as the source gave them (TEXT), so they never shift
-- with a time zone; instants are ISO-8601 UTC text. Lists are JSON arrays. Foreign keys are declared for the
-- reader; the store writes consistent rows itself and leaves SQLite's enforcement off for import speed.

CREATE TABLE imports (
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

CREATE TABLE incidents (
    id                  INTEGER PRIMARY KEY,
    title               TEXT    NOT NULL,
    summary             TEXT,
    date_first          TEXT    NOT NULL,
    date_last           TEXT    NOT NULL,
    local_time          TEXT,
    utc_offset_seconds  INTEGER,
    date_precision      TEXT    NOT NULL,
    instant_utc         TEXT,
    lat                 REAL,
    lon                 REAL,
    location_precision  TEXT    NOT NULL,
    radius_m            INTEGER,
    place_name          TEXT,
    governorate         TEXT,
    governorate_key     TEXT,
    district            TEXT,
    country_code        TEXT,
    placed_by           TEXT    NOT NULL,
    killed_min          INTEGER,
    killed_max          INTEGER,
    injured_min         INTEGER,
    injured_max         INTEGER,
    children_killed_min INTEGER,
    children_killed_max INTEGER,
    women_killed_min    INTEGER,
    women_killed_max    INTEGER,
    men_killed_min      INTEGER,
    men_killed_max      INTEGER,
    objects_hit         TEXT    NOT NULL,
    perpetrators        TEXT    NOT NULL,
    actor_search        TEXT    NOT NULL,
    weapons             TEXT    NOT NULL,
    search_text         TEXT    NOT NULL,
    status              TEXT    NOT NULL,
    edited_by_hand      INTEGER NOT NULL,
    created_at          TEXT    NOT NULL,
    updated_at          TEXT    NOT NULL
);
CREATE INDEX incidents_by_date ON incidents (date_first, date_last);
CREATE INDEX incidents_by_governorate ON incidents (governorate_key);

CREATE TABLE reports (
    id             INTEGER PRIMARY KEY,
    incident_id    INTEGER NOT NULL REFERENCES incidents (id),
    origin_key     TEXT    NOT NULL UNIQUE,
    source_name    TEXT,
    source_dataset TEXT    NOT NULL,
    source_url     TEXT,
    text           TEXT,
    language       TEXT,
    first_seen     TEXT    NOT NULL,
    last_changed   TEXT    NOT NULL,
    revision_count INTEGER NOT NULL,
    content_hash   TEXT    NOT NULL
);
CREATE INDEX reports_by_incident ON reports (incident_id);

CREATE TABLE report_revisions (
    report_id    INTEGER NOT NULL REFERENCES reports (id),
    revision     INTEGER NOT NULL,
    import_id    INTEGER REFERENCES imports (id),
    recorded_at  TEXT    NOT NULL,
    content_hash TEXT    NOT NULL,
    fields       TEXT    NOT NULL,
    PRIMARY KEY (report_id, revision)
);

-- Points as degenerate boxes; the store checks exact lat/lon after this 32-bit float prefilter.
CREATE VIRTUAL TABLE incident_rtree USING rtree(id, min_lon, max_lon, min_lat, max_lat);

-- Contentless: the text lives once, in incidents.search_text, already normalized by the store. Queries are
-- AND-ed prefix tokens, never phrases, so no positions are kept (detail=none):
-- a smaller index that builds faster.
CREATE VIRTUAL TABLE incident_fts USING fts5(search_text, content='', contentless_delete=1, detail=none,
    tokenize='unicode61 remove_diacritics 0');
