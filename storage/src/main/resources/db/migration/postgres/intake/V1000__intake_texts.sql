-- Text intake (issue 13, decisions 1006-1009): texts kept whole with the SHA-256 of their UTF-8 bytes (and of the HTML
-- page they were read from), the candidate reports proposed from them (values and spans as JSON, never changed), and
-- each person's decision. A public submission waits for moderation; its contact is sealed (AES-256-GCM envelope, as
-- witness identities) and its sender is known only by a keyed digest of the address, never the address. Its files are
-- evidence items, linked here. A candidate's report origin key is unique: one candidate never becomes two reports.
CREATE TABLE intake_texts (
    id                bigserial PRIMARY KEY,
    origin            text    NOT NULL CHECK (origin IN ('PASTED', 'SUBMITTED')),
    status            text    NOT NULL CHECK (status IN ('AWAITING_MODERATION', 'OPEN', 'CLOSED', 'DISCARDED')),
    format            text    NOT NULL,
    body              text    NOT NULL,
    sha256            text    NOT NULL,
    page              text,
    page_sha256       text,
    language          text    NOT NULL,
    published         text,
    url               text,
    author            text,
    notes             text    NOT NULL,
    received_at       timestamptz NOT NULL,
    received_by       text    NOT NULL,
    moderated_by      text,
    moderated_at      timestamptz,
    moderation_reason text,
    sender_tag        text,
    contact           bytea,
    receipt_digest    text UNIQUE,
    uploads_until     timestamptz
);
CREATE INDEX intake_texts_by_status ON intake_texts (status, id);

CREATE TABLE intake_candidates (
    id                bigserial PRIMARY KEY,
    text_id           bigint  NOT NULL REFERENCES intake_texts (id),
    ordinal           integer NOT NULL,
    proposed          text    NOT NULL,
    status            text    NOT NULL CHECK (status IN ('PENDING', 'ACCEPTED', 'DISCARDED')),
    decided_by        text,
    decided_at        timestamptz,
    reason            text,
    incident_id       bigint  REFERENCES incidents (id),
    report_origin_key text UNIQUE,
    held_for_review   boolean NOT NULL DEFAULT false,
    corrected         text,
    UNIQUE (text_id, ordinal)
);
CREATE INDEX intake_candidates_by_incident ON intake_candidates (incident_id);

CREATE TABLE intake_text_evidence (
    text_id     bigint  NOT NULL REFERENCES intake_texts (id),
    evidence_id bigint  NOT NULL,
    PRIMARY KEY (text_id, evidence_id)
);
