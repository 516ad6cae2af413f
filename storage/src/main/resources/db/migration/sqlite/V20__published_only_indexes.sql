-- Public reads touch published rows only (issue 9 item 6, decision 0420). The public's queries say
-- "status = 'PUBLISHED' AND merged_into IS NULL" as literals and name one of these partial indexes with INDEXED BY,
-- so that however many drafts lie in a box, a public request reads none of them: not their index entries, not
-- their rows. Each index ends in the date order (and the rowid, which SQLite appends), so a page needs no table row
-- until its ids are known, and a count is answered from the index alone.
CREATE INDEX incidents_published_by_lat_lon ON incidents (lat, lon, date_first, date_last)
    WHERE status = 'PUBLISHED' AND merged_into IS NULL;
CREATE INDEX incidents_published_by_date ON incidents (date_first, date_last)
    WHERE status = 'PUBLISHED' AND merged_into IS NULL;
CREATE INDEX incidents_published_by_governorate ON incidents (governorate_key, date_first, date_last)
    WHERE status = 'PUBLISHED' AND merged_into IS NULL;
