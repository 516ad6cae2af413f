-- The published-only partial indexes of V20 again, with their condition on (status || ''), which public queries now
-- spell the same way (decision 0420). The status index cannot serve that expression, so a public plan can only run on
-- these indexes: with a million drafts in a box, the whole table's statistics had the planner walk every published
-- entry of the status index instead of the box's (no draft read, but a latency that moved with where drafts lie).
DROP INDEX incidents_published_by_date;
DROP INDEX incidents_published_by_governorate;
DROP INDEX incidents_published_by_update;
DROP INDEX incidents_published_by_created;
DROP INDEX incidents_published_by_text;
DROP INDEX IF EXISTS incidents_published_by_geom;
DROP INDEX IF EXISTS incidents_published_by_lat_lon;
CREATE INDEX incidents_published_by_date ON incidents (date_first, date_last, id)
    WHERE (status || '') = 'PUBLISHED' AND merged_into IS NULL;
CREATE INDEX incidents_published_by_governorate ON incidents (governorate_key, date_first, date_last, id)
    WHERE (status || '') = 'PUBLISHED' AND merged_into IS NULL;
CREATE INDEX incidents_published_by_update ON incidents (updated_at, id)
    WHERE (status || '') = 'PUBLISHED' AND merged_into IS NULL;
CREATE INDEX incidents_published_by_created ON incidents (created_at, id)
    WHERE (status || '') = 'PUBLISHED' AND merged_into IS NULL;
CREATE INDEX incidents_published_by_text ON incidents USING gin (search_words(search_text))
    WHERE (status || '') = 'PUBLISHED' AND merged_into IS NULL;
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = current_schema()
               AND table_name = 'incidents' AND column_name = 'geom') THEN
        EXECUTE 'CREATE INDEX incidents_published_by_geom ON incidents USING gist (geom)'
             || ' WHERE (status || '''') = ''PUBLISHED'' AND merged_into IS NULL';
    ELSE
        CREATE INDEX incidents_published_by_lat_lon ON incidents (lat, lon)
            WHERE (status || '') = 'PUBLISHED' AND merged_into IS NULL;
    END IF;
END
$$;
