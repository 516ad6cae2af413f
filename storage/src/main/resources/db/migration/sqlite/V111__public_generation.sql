-- A number that changes whenever what the public can see of the incidents may have changed: a published row inserted,
-- changed (its facts, its merge, its status) or deleted, or a row becoming published (decision 0423). The public's
-- counts of matches are kept per filter and per this number, so that a page of the map or of GDAL's paging does not
-- count every match again; drafts never move it, so the public cannot tell from a count's speed that drafts changed.
CREATE TABLE public_generation (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    generation INTEGER NOT NULL
);
INSERT INTO public_generation (id, generation) VALUES (1, 0);

CREATE TRIGGER incidents_public_insert AFTER INSERT ON incidents WHEN NEW.status = 'PUBLISHED'
BEGIN
    UPDATE public_generation SET generation = generation + 1 WHERE id = 1;
END;

CREATE TRIGGER incidents_public_update AFTER UPDATE ON incidents WHEN OLD.status = 'PUBLISHED' OR NEW.status = 'PUBLISHED'
BEGIN
    UPDATE public_generation SET generation = generation + 1 WHERE id = 1;
END;

CREATE TRIGGER incidents_public_delete AFTER DELETE ON incidents WHEN OLD.status = 'PUBLISHED'
BEGIN
    UPDATE public_generation SET generation = generation + 1 WHERE id = 1;
END;
