-- Public reads touch published rows only (issue 9 item 6, decision 0420). The public's queries say
-- "status = 'PUBLISHED' AND merged_into IS NULL" as literals, never as bound values, so that these partial indexes
-- match them in every plan, the generic plan of a server-side prepared statement included. Each index a public
-- query could use has a published twin here with the same keys: the twin holds a subset of the rows and needs no
-- status filter, so the planner costs it below the full index under any estimate of the filters, and no public plan
-- walks an unpublished row. The geom twin comes where PostGIS is (the full one is from V2).
CREATE INDEX incidents_published_by_date ON incidents (date_first, date_last, id)
    WHERE status = 'PUBLISHED' AND merged_into IS NULL;
CREATE INDEX incidents_published_by_governorate ON incidents (governorate_key, date_first, date_last, id)
    WHERE status = 'PUBLISHED' AND merged_into IS NULL;
CREATE INDEX incidents_published_by_update ON incidents (updated_at, id)
    WHERE status = 'PUBLISHED' AND merged_into IS NULL;
CREATE INDEX incidents_published_by_created ON incidents (created_at, id)
    WHERE status = 'PUBLISHED' AND merged_into IS NULL;
CREATE INDEX incidents_published_by_text ON incidents USING gin (search_words(search_text))
    WHERE status = 'PUBLISHED' AND merged_into IS NULL;
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = current_schema()
               AND table_name = 'incidents' AND column_name = 'geom') THEN
        EXECUTE 'CREATE INDEX incidents_published_by_geom ON incidents USING gist (geom)'
             || ' WHERE status = ''PUBLISHED'' AND merged_into IS NULL';
    ELSE
        CREATE INDEX incidents_published_by_lat_lon ON incidents (lat, lon)
            WHERE status = 'PUBLISHED' AND merged_into IS NULL;
    END IF;
END
$$;
