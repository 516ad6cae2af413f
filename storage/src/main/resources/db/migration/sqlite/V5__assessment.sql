-- Assessment (issue 3, sections 4-6): the layer of military objectives, reviewers' grade overrides (kept for good,
-- newest in force) and each incident's last computed grade and attributed parties, which search filters by.
-- Geometry is WKT, longitude first; anchor_lat/anchor_lon is its first point, for lists and maps.

CREATE TABLE military_objectives (
    id           INTEGER PRIMARY KEY,
    name         TEXT    NOT NULL,
    kind         TEXT    NOT NULL,
    geometry_wkt TEXT    NOT NULL,
    anchor_lat   REAL    NOT NULL,
    anchor_lon   REAL    NOT NULL,
    valid_from   TEXT,
    valid_to     TEXT,
    party        TEXT,
    source       TEXT    NOT NULL,
    notes        TEXT,
    updated_at   TEXT    NOT NULL,
    CHECK (valid_to IS NULL OR valid_from IS NULL OR valid_to >= valid_from)
);

CREATE TABLE grade_overrides (
    id          INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL REFERENCES incidents (id),
    grade       TEXT,
    reason      TEXT    NOT NULL,
    author      TEXT    NOT NULL,
    recorded_at TEXT    NOT NULL
);
CREATE INDEX grade_overrides_by_incident ON grade_overrides (incident_id, id);

-- parties: the attribution verdict's party codes as '|russian_military|syrian_government|', or '|unknown|'.
CREATE TABLE incident_grades (
    incident_id     INTEGER PRIMARY KEY REFERENCES incidents (id),
    computed_grade  TEXT,
    override_grade  TEXT,
    effective_grade TEXT,
    parties         TEXT,
    top_probability REAL,
    computed_at     TEXT
);
CREATE INDEX incident_grades_by_grade ON incident_grades (effective_grade);
