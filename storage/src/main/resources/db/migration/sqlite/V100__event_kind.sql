-- Event kind (issue 10 item 1, decision 0213): what kind of violent event an incident is, as its source coded it
-- (air_strike, missile, shelling, ground_fighting, other, unknown). Incidents stored before this migration get the
-- kind their reports' rows hold (ACLED sub_event_type, UCDP GED type_of_violence and headline, the Syrian Archive's
-- weapons and description) from the store when it first opens after it (JdbcIncidentStore.assignEventKinds), or
-- 'unknown': which is why the column may be NULL here. The map and lists filter on it by default.
ALTER TABLE incidents ADD COLUMN event_kind TEXT;
CREATE INDEX incidents_by_event_kind ON incidents (event_kind);
