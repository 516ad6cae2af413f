-- Corrections to published incidents, held until a reviewer publishes them (decision 0752). The incidents row keeps
-- what the public sees; a pending revision keeps the corrected facts (JSON of IncidentFacts, null when only reports
-- were added), the reports to add (JSON array), the new revisions of its reports that re-imports read (JSON array,
-- each with the import and the facts it said) and every correction with who, why and when (JSON array). At most one
-- is pending per incident; published and discarded ones stay, with who decided and why.
CREATE TABLE pending_revisions (
    id              bigserial   PRIMARY KEY,
    incident_id     bigint      NOT NULL REFERENCES incidents (id),
    state           text        NOT NULL,
    facts           text,
    reports         text        NOT NULL,
    held_imports    text        NOT NULL,
    corrections     text        NOT NULL,
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    decided_at      timestamptz,
    decided_by      text,
    decision_reason text
);
CREATE UNIQUE INDEX pending_revisions_one_open ON pending_revisions (incident_id) WHERE state = 'PENDING';
CREATE INDEX pending_revisions_by_incident ON pending_revisions (incident_id, id);
