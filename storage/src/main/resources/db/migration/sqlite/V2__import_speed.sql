-- Import speed (decisions 0106, 0107). An import's column names are kept once, here; the revisions it writes for
-- rows with exactly these columns keep their values alone, as a JSON array in this order. Revisions of manual
-- entries, of rows with other columns, and of imports before this migration keep a JSON object of name to value.
ALTER TABLE imports ADD COLUMN field_names TEXT;
