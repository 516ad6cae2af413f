-- Accounts, sessions, API tokens, the hash-chained audit log and the review history (helper "accounts").
-- Secrets are never stored: users.password_hash is an Argon2id PHC string; tokens and sessions are kept as the
-- SHA-256 hex digest of the random value that only the client holds. Instants are ISO-8601 UTC text.

CREATE TABLE users (
    id            INTEGER PRIMARY KEY,
    name          TEXT    NOT NULL,
    name_key      TEXT    NOT NULL UNIQUE,
    role          TEXT    NOT NULL,
    password_hash TEXT    NOT NULL,
    disabled      INTEGER NOT NULL DEFAULT 0,
    created_at    TEXT    NOT NULL
);

CREATE TABLE api_tokens (
    id           INTEGER PRIMARY KEY,
    user_id      INTEGER NOT NULL REFERENCES users (id),
    label        TEXT    NOT NULL,
    digest       TEXT    NOT NULL UNIQUE,
    created_at   TEXT    NOT NULL,
    expires_at   TEXT,
    revoked_at   TEXT,
    last_used_at TEXT
);
CREATE INDEX api_tokens_by_user ON api_tokens (user_id);

CREATE TABLE sessions (
    digest       TEXT    PRIMARY KEY,
    user_id      INTEGER NOT NULL REFERENCES users (id),
    csrf_token   TEXT    NOT NULL,
    created_at   TEXT    NOT NULL,
    last_seen_at TEXT    NOT NULL
);
CREATE INDEX sessions_by_user ON sessions (user_id);

-- One row per change, never updated or deleted. hash = SHA-256 of the canonical form (AuditChain); prev_hash is
-- the hash of entry seq - 1. audit_head holds the last seq and hash; a writer updates it first, which serializes
-- appends so that the chain cannot fork.
CREATE TABLE audit_log (
    seq       INTEGER PRIMARY KEY,
    at        TEXT    NOT NULL,
    actor     TEXT    NOT NULL,
    reason    TEXT,
    action    TEXT    NOT NULL,
    subject   TEXT    NOT NULL,
    before    TEXT,
    after     TEXT,
    prev_hash TEXT    NOT NULL,
    hash      TEXT    NOT NULL
);
CREATE INDEX audit_log_by_subject ON audit_log (subject, seq);

CREATE TABLE audit_head (
    id        INTEGER PRIMARY KEY CHECK (id = 1),
    seq       INTEGER NOT NULL,
    hash      TEXT    NOT NULL
);
INSERT INTO audit_head (id, seq, hash) VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

CREATE TABLE incident_reviews (
    id          INTEGER PRIMARY KEY,
    incident_id INTEGER NOT NULL REFERENCES incidents (id),
    from_status TEXT    NOT NULL,
    to_status   TEXT    NOT NULL,
    actor       TEXT    NOT NULL,
    reason      TEXT,
    at          TEXT    NOT NULL
);
CREATE INDEX incident_reviews_by_incident ON incident_reviews (incident_id, id);

-- No index on incidents.status here: without statistics SQLite would pick it for "status IN (...)" (the public's
-- filter, which most rows pass) and then sort every row for ORDER BY date instead of walking incidents_by_date.
-- PostgreSQL (V8) has one; its planner weighs selectivity.
