-- The claims ledger on PostgreSQL (issue 3): what the parties said they struck, their responses to allegations about
-- incidents, and the match candidates between claims and incidents that the last match run stored.

CREATE TABLE claim_imports (
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

CREATE TABLE claims (
    id                   bigserial PRIMARY KEY,
    origin_key           text             NOT NULL UNIQUE,
    dataset              text             NOT NULL,
    party                text             NOT NULL,
    party_key            text             NOT NULL,
    stated_at            timestamptz      NOT NULL,
    strike_first         date             NOT NULL,
    strike_last          date             NOT NULL,
    strike_local_time    time,
    strike_utc_offset_seconds integer,
    strike_precision     text             NOT NULL,
    locality_names       text             NOT NULL,
    lat                  double precision,
    lon                  double precision,
    location_precision   text             NOT NULL,
    error_radius_km      double precision,
    radius_basis         text,
    placed_by            text             NOT NULL,
    claimed_target       text,
    sorties              integer,
    source_url           text,
    source_text          text,
    source_language      text,
    recorded_at          timestamptz      NOT NULL,
    updated_at           timestamptz      NOT NULL,
    revision_count       integer          NOT NULL,
    content_hash         text             NOT NULL
);
CREATE INDEX claims_by_strike ON claims (strike_first, strike_last);
CREATE INDEX claims_by_update ON claims (updated_at);

CREATE TABLE claim_revisions (
    claim_id     bigint      NOT NULL REFERENCES claims (id),
    revision     integer     NOT NULL,
    import_id    bigint      REFERENCES claim_imports (id),
    recorded_at  timestamptz NOT NULL,
    content_hash text        NOT NULL,
    fields       text        NOT NULL,
    PRIMARY KEY (claim_id, revision)
);

CREATE TABLE responses (
    id              bigserial   PRIMARY KEY,
    incident_id     bigint      NOT NULL REFERENCES incidents (id),
    party           text        NOT NULL,
    kind            text        NOT NULL,
    response_date   date        NOT NULL,
    text            text,
    source_url      text,
    source_text     text,
    source_language text,
    recorded_at     timestamptz NOT NULL
);
CREATE INDEX responses_by_incident ON responses (incident_id);

CREATE TABLE claim_matches (
    incident_id    bigint           NOT NULL REFERENCES incidents (id),
    claim_id       bigint           NOT NULL REFERENCES claims (id),
    score          double precision NOT NULL,
    distance_km    double precision NOT NULL,
    offset_seconds bigint           NOT NULL,
    reason         text             NOT NULL,
    PRIMARY KEY (incident_id, claim_id)
);
CREATE INDEX claim_matches_by_claim ON claim_matches (claim_id);

CREATE TABLE match_state (
    id                   integer          PRIMARY KEY CHECK (id = 1),
    radius_km            double precision NOT NULL,
    window_seconds       bigint           NOT NULL,
    incidents_matched_to timestamptz,
    claims_matched_to    timestamptz,
    full_run_at          timestamptz      NOT NULL
);

CREATE INDEX incidents_by_update ON incidents (updated_at);
