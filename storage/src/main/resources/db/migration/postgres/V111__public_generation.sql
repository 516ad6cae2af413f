-- A number that changes whenever what the public can see of the incidents may have changed: a published row inserted,
-- changed (its facts, its merge, its status) or deleted, or a row becoming published (decision 0423). The public's
-- counts of matches are kept per filter and per this number, so that a page of the map or of GDAL's paging does not
-- count every match again; drafts never move it, so the public cannot tell from a count's speed that drafts changed.
CREATE TABLE public_generation (
    id         SMALLINT PRIMARY KEY CHECK (id = 1),
    generation BIGINT NOT NULL
);
INSERT INTO public_generation (id, generation) VALUES (1, 0);

-- Once per transaction, not per row: updating one row a million times in one transaction (a bulk publication) would
-- make PostgreSQL walk a chain of a million versions of it on each update. The transaction-local setting remembers
-- that this transaction has already moved the number; the one update commits with the transaction's rows.
CREATE FUNCTION bump_public_generation() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('groundtruth.public_generation_moved', true) IS DISTINCT FROM txid_current()::text THEN
        UPDATE public_generation SET generation = generation + 1 WHERE id = 1;
        PERFORM set_config('groundtruth.public_generation_moved', txid_current()::text, true);
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER incidents_public_insert AFTER INSERT ON incidents
    FOR EACH ROW WHEN (NEW.status = 'PUBLISHED') EXECUTE FUNCTION bump_public_generation();
CREATE TRIGGER incidents_public_update AFTER UPDATE ON incidents
    FOR EACH ROW WHEN (OLD.status = 'PUBLISHED' OR NEW.status = 'PUBLISHED') EXECUTE FUNCTION bump_public_generation();
CREATE TRIGGER incidents_public_delete AFTER DELETE ON incidents
    FOR EACH ROW WHEN (OLD.status = 'PUBLISHED') EXECUTE FUNCTION bump_public_generation();
