-- Opaque public ids (decision 0740). Internal ids are one sequence for all incidents, drafts included, so the public
-- never sees them; it sees public_id: 16 characters of random base32, set by the store for every new incident.
-- Rows already stored get theirs from the store when it first opens after this migration (JdbcIncidentStore
-- .assignPublicIds), which is why the column may be NULL here. The unique index is a plain CREATE UNIQUE INDEX, so
-- a first import into an empty store drops it and builds it again at commit like the other secondary indexes.
ALTER TABLE incidents ADD COLUMN public_id TEXT;
CREATE UNIQUE INDEX incidents_by_public_id ON incidents (public_id);
