-- Publication (issue 12, decision 0905): reports as documents. A report's text (what its authors write; the selection
-- as its filter text; narratives as a JSON object by public id; quoted statement ids and recommendations as JSON
-- arrays) moves through review like an incident; revision counts the edits. Each publication freezes a version: the
-- PDF and the HTML byte for byte with their SHA-256 (also in the audit chain), never changed afterwards.
CREATE TABLE publication_reports (
    id              INTEGER PRIMARY KEY,
    title           TEXT    NOT NULL,
    language        TEXT    NOT NULL,
    filter          TEXT    NOT NULL,
    introduction    TEXT,
    narratives      TEXT    NOT NULL,
    quoted          TEXT,
    recommendations TEXT    NOT NULL,
    conclusions     TEXT,
    status          TEXT    NOT NULL CHECK (status IN ('DRAFT', 'IN_REVIEW', 'PUBLISHED', 'RETRACTED')),
    revision        INTEGER NOT NULL,
    created_by      TEXT    NOT NULL,
    created_at      TEXT    NOT NULL,
    updated_by      TEXT    NOT NULL,
    updated_at      TEXT    NOT NULL
);

CREATE TABLE publication_report_versions (
    report_id    INTEGER NOT NULL REFERENCES publication_reports (id),
    version      INTEGER NOT NULL,
    generated_on TEXT    NOT NULL,
    published_at TEXT    NOT NULL,
    published_by TEXT    NOT NULL,
    incidents    INTEGER NOT NULL,
    pdf          BLOB    NOT NULL,
    pdf_sha256   TEXT    NOT NULL,
    html         BLOB    NOT NULL,
    html_sha256  TEXT    NOT NULL,
    PRIMARY KEY (report_id, version)
);
