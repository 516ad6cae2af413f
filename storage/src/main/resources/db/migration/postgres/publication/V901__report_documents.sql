-- Publication (issue 12, decision 0905): reports as documents. A report's text (what its authors write; the selection
-- as its filter text; narratives as a JSON object by public id; quoted statement ids and recommendations as JSON
-- arrays) moves through review like an incident; revision counts the edits. Each publication freezes a version: the
-- PDF and the HTML byte for byte with their SHA-256 (also in the audit chain), never changed afterwards.
CREATE TABLE publication_reports (
    id              bigserial PRIMARY KEY,
    title           text        NOT NULL,
    language        text        NOT NULL,
    filter          text        NOT NULL,
    introduction    text,
    narratives      text        NOT NULL,
    quoted          text,
    recommendations text        NOT NULL,
    conclusions     text,
    status          text        NOT NULL CHECK (status IN ('DRAFT', 'IN_REVIEW', 'PUBLISHED', 'RETRACTED')),
    revision        integer     NOT NULL,
    created_by      text        NOT NULL,
    created_at      timestamptz NOT NULL,
    updated_by      text        NOT NULL,
    updated_at      timestamptz NOT NULL
);

CREATE TABLE publication_report_versions (
    report_id    bigint      NOT NULL REFERENCES publication_reports (id),
    version      integer     NOT NULL,
    generated_on date        NOT NULL,
    published_at timestamptz NOT NULL,
    published_by text        NOT NULL,
    incidents    integer     NOT NULL,
    pdf          bytea       NOT NULL,
    pdf_sha256   text        NOT NULL,
    html         bytea       NOT NULL,
    html_sha256  text        NOT NULL,
    PRIMARY KEY (report_id, version)
);
