-- Corrections to published incidents, held until a reviewer publishes them (decision 0752). The incidents row keeps
-- what the public sees; a pending revision keeps the corrected facts (JSON of IncidentFacts, null when only reports
-- were added), the reports to add (JSON array), the new revisions of its reports that re-imports read (JSON array,
-- each with the import and the facts it said) and every correction with who, why and when (JSON array). At most one
-- is pending per incident; published and discarded ones stay, with who decided and why.
CREATE TABLE pending_revisions (
    id              INTEGER PRIMARY KEY,
    incident_id     INTEGER NOT NULL REFERENCES incidents (id),
    state           TEXT    NOT NULL,
    facts           TEXT,
    reports         TEXT    NOT NULL,
    held_imports    TEXT    NOT NULL,
    corrections     TEXT    NOT NULL,
    created_at      TEXT    NOT NULL,
    updated_at      TEXT    NOT NULL,
    decided_at      TEXT,
    decided_by      TEXT,
    decision_reason TEXT
);
CREATE UNIQUE INDEX pending_revisions_one_open ON pending_revisions (incident_id) WHERE state = 'PENDING';
CREATE INDEX pending_revisions_by_incident ON pending_revisions (incident_id, id);
