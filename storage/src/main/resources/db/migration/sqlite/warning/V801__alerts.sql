-- Early warning: the current state of every alert issued (one row per alert, replaced as it changes) and the webhooks
-- that are sent alert changes (docs/architecture/warning.md). Alerts hold only what is published: no spotter.

CREATE TABLE alerts (
    id            TEXT PRIMARY KEY,
    state         TEXT    NOT NULL CHECK (state IN ('active', 'cancelled', 'expired')),
    level         TEXT    NOT NULL CHECK (level IN ('info', 'watch', 'urgent')),
    theatre       TEXT    NOT NULL,
    issued_ms     BIGINT  NOT NULL,
    updated_ms    BIGINT  NOT NULL,
    expires_ms    BIGINT  NOT NULL,
    published     TEXT    NOT NULL
);
CREATE INDEX alerts_updated ON alerts (updated_ms);
CREATE INDEX alerts_state ON alerts (state);

CREATE TABLE alert_webhooks (
    id          INTEGER PRIMARY KEY,
    url         TEXT NOT NULL,
    secret      TEXT NOT NULL,
    country     TEXT,
    created_at  TEXT NOT NULL,
    removed_at  TEXT
);
