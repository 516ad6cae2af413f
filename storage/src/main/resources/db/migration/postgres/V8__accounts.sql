-- Accounts, sessions, API tokens, the hash-chained audit log and the review history (helper "accounts").
-- Secrets are never stored: users.password_hash is an Argon2id PHC string; tokens and sessions are kept as the
-- SHA-256 hex digest of the random value that only the client holds.

CREATE TABLE users (
    id            bigserial   PRIMARY KEY,
    name          text        NOT NULL,
    name_key      text        NOT NULL UNIQUE,
    role          text        NOT NULL,
    password_hash text        NOT NULL,
    disabled      boolean     NOT NULL DEFAULT false,
    created_at    timestamptz NOT NULL
);

CREATE TABLE api_tokens (
    id           bigserial   PRIMARY KEY,
    user_id      bigint      NOT NULL REFERENCES users (id),
    label        text        NOT NULL,
    digest       text        NOT NULL UNIQUE,
    created_at   timestamptz NOT NULL,
    expires_at   timestamptz,
    revoked_at   timestamptz,
    last_used_at timestamptz
);
CREATE INDEX api_tokens_by_user ON api_tokens (user_id);

CREATE TABLE sessions (
    digest       text        PRIMARY KEY,
    user_id      bigint      NOT NULL REFERENCES users (id),
    csrf_token   text        NOT NULL,
    created_at   timestamptz NOT NULL,
    last_seen_at timestamptz NOT NULL
);
CREATE INDEX sessions_by_user ON sessions (user_id);

-- One row per change, never updated or deleted. hash = SHA-256 of the canonical form (AuditChain); prev_hash is
-- the hash of entry seq - 1. audit_head holds the last seq and hash; a writer updates it first (a row lock held to
-- the end of its transaction), which serializes appends so that the chain cannot fork.
CREATE TABLE audit_log (
    seq       bigint      PRIMARY KEY,
    at        timestamptz NOT NULL,
    actor     text        NOT NULL,
    reason    text,
    action    text        NOT NULL,
    subject   text        NOT NULL,
    before    text,
    after     text,
    prev_hash text        NOT NULL,
    hash      text        NOT NULL
);
CREATE INDEX audit_log_by_subject ON audit_log (subject, seq);

CREATE TABLE audit_head (
    id   integer PRIMARY KEY CHECK (id = 1),
    seq  bigint  NOT NULL,
    hash text    NOT NULL
);
INSERT INTO audit_head (id, seq, hash) VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

CREATE TABLE incident_reviews (
    id          bigserial   PRIMARY KEY,
    incident_id bigint      NOT NULL REFERENCES incidents (id),
    from_status text        NOT NULL,
    to_status   text        NOT NULL,
    actor       text        NOT NULL,
    reason      text,
    at          timestamptz NOT NULL
);
CREATE INDEX incident_reviews_by_incident ON incident_reviews (incident_id, id);

CREATE INDEX incidents_by_status ON incidents (status);
