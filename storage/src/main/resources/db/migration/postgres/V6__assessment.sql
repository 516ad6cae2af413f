-- Assessment (issue 3, sections 4-6): the layer of military objectives, reviewers' grade overrides (kept for good,
-- newest in force) and each incident's last computed grade and attributed parties, which search filters by.
-- Geometry is WKT, longitude first; anchor_lat/anchor_lon is its first point, for lists and maps.

CREATE TABLE military_objectives (
    id           bigserial PRIMARY KEY,
    name         text             NOT NULL,
    kind         text             NOT NULL,
    geometry_wkt text             NOT NULL,
    anchor_lat   double precision NOT NULL,
    anchor_lon   double precision NOT NULL,
    valid_from   date,
    valid_to     date,
    party        text,
    source       text             NOT NULL,
    notes        text,
    updated_at   timestamptz      NOT NULL,
    CHECK (valid_to IS NULL OR valid_from IS NULL OR valid_to >= valid_from)
);

CREATE TABLE grade_overrides (
    id          bigserial PRIMARY KEY,
    incident_id bigint      NOT NULL REFERENCES incidents (id),
    grade       text,
    reason      text        NOT NULL,
    author      text        NOT NULL,
    recorded_at timestamptz NOT NULL
);
CREATE INDEX grade_overrides_by_incident ON grade_overrides (incident_id, id);

-- parties: the attribution verdict's party codes as '|russian_military|syrian_government|', or '|unknown|'.
CREATE TABLE incident_grades (
    incident_id     bigint PRIMARY KEY REFERENCES incidents (id),
    computed_grade  text,
    override_grade  text,
    effective_grade text,
    parties         text,
    top_probability double precision,
    computed_at     timestamptz
);
CREATE INDEX incident_grades_by_grade ON incident_grades (effective_grade);
