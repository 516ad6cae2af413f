-- The incident ledger on PostgreSQL. Dates are DATE (local calendar days as the source gave them, no time zone),
-- instants timestamptz. Lists are JSON text. search_doc is derived from search_text, which the store fills with
-- text normalized the same way as for SQLite, so both stores find the same incidents.

CREATE TABLE imports (
    id          bigserial PRIMARY KEY,
    file_name   text        NOT NULL,
    format      text        NOT NULL,
    file_sha256 text,
    started_at  timestamptz NOT NULL,
    finished_at timestamptz,
    inserted    bigint      NOT NULL,
    updated     bigint      NOT NULL,
    unchanged   bigint      NOT NULL,
    unplaced    bigint      NOT NULL
);

CREATE TABLE incidents (
    id                  bigserial PRIMARY KEY,
    title               text             NOT NULL,
    summary             text,
    date_first          date             NOT NULL,
    date_last           date             NOT NULL,
    local_time          time,
    utc_offset_seconds  integer,
    date_precision      text             NOT NULL,
    instant_utc         timestamptz,
    lat                 double precision,
    lon                 double precision,
    location_precision  text             NOT NULL,
    radius_m            integer,
    place_name          text,
    governorate         text,
    governorate_key     text,
    district            text,
    country_code        text,
    placed_by           text             NOT NULL,
    killed_min          integer,
    killed_max          integer,
    injured_min         integer,
    injured_max         integer,
    children_killed_min integer,
    children_killed_max integer,
    women_killed_min    integer,
    women_killed_max    integer,
    men_killed_min      integer,
    men_killed_max      integer,
    objects_hit         text             NOT NULL,
    perpetrators        text             NOT NULL,
    actor_search        text             NOT NULL,
    weapons             text             NOT NULL,
    search_text         text             NOT NULL,
    search_doc          tsvector GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, search_text)) STORED,
    status              text             NOT NULL,
    edited_by_hand      boolean          NOT NULL,
    created_at          timestamptz      NOT NULL,
    updated_at          timestamptz      NOT NULL
);
CREATE INDEX incidents_by_date ON incidents (date_first, date_last);
CREATE INDEX incidents_by_governorate ON incidents (governorate_key);
CREATE INDEX incidents_by_text ON incidents USING gin (search_doc);

CREATE TABLE reports (
    id             bigserial PRIMARY KEY,
    incident_id    bigint      NOT NULL REFERENCES incidents (id),
    origin_key     text        NOT NULL UNIQUE,
    source_name    text,
    source_dataset text        NOT NULL,
    source_url     text,
    text           text,
    language       text,
    first_seen     timestamptz NOT NULL,
    last_changed   timestamptz NOT NULL,
    revision_count integer     NOT NULL,
    content_hash   text        NOT NULL
);
CREATE INDEX reports_by_incident ON reports (incident_id);

CREATE TABLE report_revisions (
    report_id    bigint      NOT NULL REFERENCES reports (id),
    revision     integer     NOT NULL,
    import_id    bigint REFERENCES imports (id),
    recorded_at  timestamptz NOT NULL,
    content_hash text        NOT NULL,
    fields       text        NOT NULL,
    PRIMARY KEY (report_id, revision)
);
