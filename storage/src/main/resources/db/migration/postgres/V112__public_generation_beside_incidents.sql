-- The public generation (V111) moves also when what the public sees of a published incident changes in the tables
-- beside it: its reports (how many, their sources and texts), its grade, the claims matched to it and the parties'
-- responses (decision 0424). Readers keep each public incident's rendered JSON under this number, so every table a
-- public incident's JSON or page is built from must move it. Drafts still never move it: a row of a draft incident
-- changes nothing the public can see, so the public cannot tell from a page's speed that drafts changed.

-- Statement-level triggers over transition tables: PostgreSQL allows no subquery in a row trigger's WHEN, and a
-- function called per row would cost every row of a bulk import (COPY) a call; these run once per statement and, like
-- V111's, move the number at most once per transaction. Each test of a transition table is a statement of its own,
-- because PL/pgSQL plans a statement when it first runs it and only the tables the trigger declares exist.
CREATE FUNCTION move_public_generation() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    UPDATE public_generation SET generation = generation + 1 WHERE id = 1;
    PERFORM set_config('groundtruth.public_generation_moved', txid_current()::text, true);
END
$$;

CREATE FUNCTION public_generation_moved() RETURNS boolean LANGUAGE sql AS $$
    SELECT current_setting('groundtruth.public_generation_moved', true) IS NOT DISTINCT FROM txid_current()::text
$$;

CREATE FUNCTION bump_public_generation_if_rows_published() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF public_generation_moved() THEN RETURN NULL; END IF;
    IF TG_OP <> 'INSERT' THEN
        IF EXISTS (SELECT 1 FROM old_rows r JOIN incidents i ON i.id = r.incident_id WHERE i.status = 'PUBLISHED') THEN
            PERFORM move_public_generation();
            RETURN NULL;
        END IF;
    END IF;
    IF TG_OP <> 'DELETE' THEN
        IF EXISTS (SELECT 1 FROM new_rows r JOIN incidents i ON i.id = r.incident_id WHERE i.status = 'PUBLISHED') THEN
            PERFORM move_public_generation();
        END IF;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER reports_public_insert AFTER INSERT ON reports REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION bump_public_generation_if_rows_published();
CREATE TRIGGER reports_public_update AFTER UPDATE ON reports REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION bump_public_generation_if_rows_published();
CREATE TRIGGER reports_public_delete AFTER DELETE ON reports REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION bump_public_generation_if_rows_published();

CREATE TRIGGER incident_grades_public_insert AFTER INSERT ON incident_grades REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION bump_public_generation_if_rows_published();
CREATE TRIGGER incident_grades_public_update AFTER UPDATE ON incident_grades REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION bump_public_generation_if_rows_published();
CREATE TRIGGER incident_grades_public_delete AFTER DELETE ON incident_grades REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION bump_public_generation_if_rows_published();

CREATE TRIGGER claim_matches_public_insert AFTER INSERT ON claim_matches REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION bump_public_generation_if_rows_published();
CREATE TRIGGER claim_matches_public_update AFTER UPDATE ON claim_matches REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION bump_public_generation_if_rows_published();
CREATE TRIGGER claim_matches_public_delete AFTER DELETE ON claim_matches REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION bump_public_generation_if_rows_published();

CREATE TRIGGER responses_public_insert AFTER INSERT ON responses REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION bump_public_generation_if_rows_published();
CREATE TRIGGER responses_public_update AFTER UPDATE ON responses REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION bump_public_generation_if_rows_published();
CREATE TRIGGER responses_public_delete AFTER DELETE ON responses REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION bump_public_generation_if_rows_published();

-- A claim's own fields show in every incident it is matched to.
CREATE FUNCTION bump_public_generation_if_claims_shown() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NOT public_generation_moved() THEN
        IF EXISTS (SELECT 1 FROM new_rows r JOIN claim_matches m ON m.claim_id = r.id JOIN incidents i ON i.id = m.incident_id
                   WHERE i.status = 'PUBLISHED') THEN
            PERFORM move_public_generation();
        END IF;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER claims_public_update AFTER UPDATE ON claims REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION bump_public_generation_if_claims_shown();
