-- The published-only indexes (V20) hold every column the public's search sorts and filters by, so that neither a page
-- nor a count reads a row (decision 0421): the local time, which the date order uses since strikes of one day are
-- sorted by it, and the event kind, which the map and lists filter on by default. Before, a page of the 2,770
-- published incidents in a box read all 2,770 rows to sort them.
DROP INDEX incidents_published_by_lat_lon;
DROP INDEX incidents_published_by_date;
DROP INDEX incidents_published_by_governorate;
CREATE INDEX incidents_published_by_lat_lon ON incidents (lat, lon, date_first, local_time, date_last, event_kind)
    WHERE status = 'PUBLISHED' AND merged_into IS NULL;
CREATE INDEX incidents_published_by_date ON incidents (date_first, local_time, date_last, event_kind)
    WHERE status = 'PUBLISHED' AND merged_into IS NULL;
CREATE INDEX incidents_published_by_governorate ON incidents (governorate_key, date_first, local_time, date_last, event_kind)
    WHERE status = 'PUBLISHED' AND merged_into IS NULL;
