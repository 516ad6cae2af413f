-- Import speed (decisions 0106, 0107, 0108).
-- 1. An import's column names are kept once, here; the revisions it writes for rows with exactly these columns keep
--    their values alone, as a JSON array in this order. Revisions of manual entries, of rows with other columns, and
--    of imports before this migration keep a JSON object of name to value.
ALTER TABLE imports ADD COLUMN field_names text;

-- 2. Full text from an expression index instead of a stored tsvector column: the same tsvector, computed when the
--    index is built or a row changes, not kept beside the text in every row. Queries spell the same expression.
DROP INDEX incidents_by_text;
ALTER TABLE incidents DROP COLUMN search_doc;
CREATE INDEX incidents_by_text ON incidents USING gin (to_tsvector('simple'::regconfig, search_text));
