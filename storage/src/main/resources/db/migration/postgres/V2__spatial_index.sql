-- Space: a PostGIS point with a GiST index where PostGIS can be had, else a btree on (lat, lon).
-- The store looks for the geom column at open and reports which one it uses in StoreInfo.spatialIndex.
DO $$
BEGIN
    BEGIN
        CREATE EXTENSION IF NOT EXISTS postgis;
    EXCEPTION WHEN OTHERS THEN
        RAISE NOTICE 'PostGIS is not available here (%): bbox filters use a btree on lat/lon', SQLERRM;
    END;
    IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'postgis') THEN
        EXECUTE 'ALTER TABLE incidents ADD COLUMN geom geometry(Point, 4326) GENERATED ALWAYS AS '
             || '(CASE WHEN lat IS NULL THEN NULL ELSE ST_SetSRID(ST_MakePoint(lon, lat), 4326) END) STORED';
        EXECUTE 'CREATE INDEX incidents_by_geom ON incidents USING gist (geom)';
    ELSE
        CREATE INDEX incidents_by_lat_lon ON incidents (lat, lon);
    END IF;
END
$$;
