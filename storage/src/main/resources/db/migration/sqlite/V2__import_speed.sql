-- Import speed (decisions 0106, 0110).
-- 1. An import's column names are kept once, here; the revisions it writes for rows with exactly these columns keep
--    their values alone, as a JSON array in this order. Revisions of manual entries, of rows with other columns, and
--    of imports before this migration keep a JSON object of name to value.
ALTER TABLE imports ADD COLUMN field_names TEXT;

-- 2. Space: a covering B-tree on (lat, lon) instead of the R*Tree. Bounding-box queries read the ids from the index
--    alone; SQLite keeps it current itself, and a first import builds it once by sorting instead of an R*Tree insert
--    per row (the largest single cost of an import).
DROP TABLE incident_rtree;
CREATE INDEX incidents_by_lat_lon ON incidents (lat, lon);
