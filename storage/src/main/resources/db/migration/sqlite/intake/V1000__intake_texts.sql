-- Text intake (issue 13, decisions 1006-1009): texts kept whole with the SHA-256 of their UTF-8 bytes (and of the HTML
-- page they were read from), the candidate reports proposed from them (values and spans as JSON, never changed), and
-- each person's decision. A public submission waits for moderation; its contact is sealed (AES-256-GCM envelope, as
-- witness identities) and its sender is known only by a keyed digest of the address, never the address. Its files are
-- evidence items, linked here. A candidate's report origin key is unique: one candidate never becomes two reports.
CREATE TABLE intake_texts (
    id                INTEGER PRIMARY KEY,
    origin            TEXT    NOT NULL CHECK (origin IN ('PASTED', 'SUBMITTED')),
    status            TEXT    NOT NULL CHECK (status IN ('AWAITING_MODERATION', 'OPEN', 'CLOSED', 'DISCARDED')),
    format            TEXT    NOT NULL,
    body              TEXT    NOT NULL,
    sha256            TEXT    NOT NULL,
    page              TEXT,
    page_sha256       TEXT,
    language          TEXT    NOT NULL,
    published         TEXT,
    url               TEXT,
    author            TEXT,
    notes             TEXT    NOT NULL,
    received_at       TEXT    NOT NULL,
    received_by       TEXT    NOT NULL,
    moderated_by      TEXT,
    moderated_at      TEXT,
    moderation_reason TEXT,
    sender_tag        TEXT,
    contact           BLOB,
    receipt_digest    TEXT UNIQUE,
    uploads_until     TEXT
);
CREATE INDEX intake_texts_by_status ON intake_texts (status, id);

CREATE TABLE intake_candidates (
    id                INTEGER PRIMARY KEY,
    text_id           INTEGER NOT NULL REFERENCES intake_texts (id),
    ordinal           INTEGER NOT NULL,
    proposed          TEXT    NOT NULL,
    status            TEXT    NOT NULL CHECK (status IN ('PENDING', 'ACCEPTED', 'DISCARDED')),
    decided_by        TEXT,
    decided_at        TEXT,
    reason            TEXT,
    incident_id       INTEGER REFERENCES incidents (id),
    report_origin_key TEXT UNIQUE,
    held_for_review   INTEGER NOT NULL DEFAULT 0,
    corrected         TEXT,
    UNIQUE (text_id, ordinal)
);
CREATE INDEX intake_candidates_by_incident ON intake_candidates (incident_id);

CREATE TABLE intake_text_evidence (
    text_id     INTEGER NOT NULL REFERENCES intake_texts (id),
    evidence_id INTEGER NOT NULL,
    PRIMARY KEY (text_id, evidence_id)
);
