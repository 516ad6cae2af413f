-- Merging duplicate reports into incidents (issue 3 section 3, decision 0524). An applied merge moves the merged
-- incident's reports under the survivor (merge_moves lists exactly which, for undo) and keeps the merged incident
-- with merged_into set, so that search hides it and undo restores it. A rejected proposal is a reviewer's "these are
-- different strikes": the pair is unique, so it is never proposed again, and no merge may join its two sides.

ALTER TABLE incidents ADD COLUMN merged_into bigint REFERENCES incidents (id);
CREATE INDEX incidents_by_merged_into ON incidents (merged_into) WHERE merged_into IS NOT NULL;

CREATE TABLE merge_proposals (
    id            bigserial PRIMARY KEY,
    first_id      bigint           NOT NULL REFERENCES incidents (id),
    second_id     bigint           NOT NULL REFERENCES incidents (id),
    confidence    double precision NOT NULL,
    distance_km   double precision NOT NULL,
    gap_seconds   bigint           NOT NULL,
    reason        text             NOT NULL,
    status        text             NOT NULL CHECK (status IN ('pending', 'applied', 'rejected', 'superseded')),
    survivor_id   bigint REFERENCES incidents (id),
    merged_id     bigint REFERENCES incidents (id),
    automatic     boolean          NOT NULL,
    superseded_by bigint REFERENCES merge_proposals (id),
    proposed_at   timestamptz      NOT NULL,
    decided_at    timestamptz,
    decided_by    text,
    note          text,
    CHECK (first_id < second_id),
    UNIQUE (first_id, second_id)
);
CREATE INDEX merge_proposals_by_status ON merge_proposals (status, confidence);
CREATE INDEX merge_proposals_by_second ON merge_proposals (second_id);
CREATE INDEX merge_proposals_by_superseded_by ON merge_proposals (superseded_by) WHERE superseded_by IS NOT NULL;

CREATE TABLE merge_moves (
    proposal_id bigint NOT NULL REFERENCES merge_proposals (id),
    report_id   bigint NOT NULL REFERENCES reports (id),
    PRIMARY KEY (proposal_id, report_id)
);

CREATE TABLE merge_events (
    id          bigserial PRIMARY KEY,
    proposal_id bigint NOT NULL REFERENCES merge_proposals (id),
    action      text   NOT NULL,
    actor       text,
    at          timestamptz NOT NULL,
    note        text
);
CREATE INDEX merge_events_by_proposal ON merge_events (proposal_id, id);
