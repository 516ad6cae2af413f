-- Merge groups (issue 10 item 4, decision 0549): the engine proposes one incident with its reports, not pairs. A group
-- is stored as the merges that join it (a spanning tree of its most confident pairs), each a proposal with its group,
-- so that apply, undo, reject and the audit keep working pair by pair, and a reviewer accepts or rejects the group.
CREATE TABLE merge_groups (
    id          bigserial PRIMARY KEY,
    confidence  double precision NOT NULL,
    value       double precision NOT NULL,
    members     integer          NOT NULL,
    proposed_at timestamptz      NOT NULL
);
CREATE INDEX merge_groups_by_value ON merge_groups (value DESC, id);

ALTER TABLE merge_proposals ADD COLUMN group_id bigint REFERENCES merge_groups (id);
CREATE INDEX merge_proposals_by_group ON merge_proposals (group_id) WHERE group_id IS NOT NULL;
