-- The public generation (V111) moves also when what the public sees of a published incident changes in the tables
-- beside it: its reports (how many, their sources and texts), its grade, the claims matched to it and the parties'
-- responses (decision 0424). Readers keep each public incident's rendered JSON under this number, so every table a
-- public incident's JSON or page is built from must move it. Drafts still never move it: a row of a draft incident
-- changes nothing the public can see, so the public cannot tell from a page's speed that drafts changed.

CREATE TRIGGER reports_public_insert AFTER INSERT ON reports WHEN (SELECT status FROM incidents WHERE id = NEW.incident_id) = 'PUBLISHED'
BEGIN
    UPDATE public_generation SET generation = generation + 1 WHERE id = 1;
END;

CREATE TRIGGER reports_public_update AFTER UPDATE ON reports
    WHEN (SELECT status FROM incidents WHERE id = OLD.incident_id) = 'PUBLISHED' OR (SELECT status FROM incidents WHERE id = NEW.incident_id) = 'PUBLISHED'
BEGIN
    UPDATE public_generation SET generation = generation + 1 WHERE id = 1;
END;

CREATE TRIGGER reports_public_delete AFTER DELETE ON reports WHEN (SELECT status FROM incidents WHERE id = OLD.incident_id) = 'PUBLISHED'
BEGIN
    UPDATE public_generation SET generation = generation + 1 WHERE id = 1;
END;

CREATE TRIGGER incident_grades_public_insert AFTER INSERT ON incident_grades WHEN (SELECT status FROM incidents WHERE id = NEW.incident_id) = 'PUBLISHED'
BEGIN
    UPDATE public_generation SET generation = generation + 1 WHERE id = 1;
END;

CREATE TRIGGER incident_grades_public_update AFTER UPDATE ON incident_grades
    WHEN (SELECT status FROM incidents WHERE id = OLD.incident_id) = 'PUBLISHED' OR (SELECT status FROM incidents WHERE id = NEW.incident_id) = 'PUBLISHED'
BEGIN
    UPDATE public_generation SET generation = generation + 1 WHERE id = 1;
END;

CREATE TRIGGER incident_grades_public_delete AFTER DELETE ON incident_grades WHEN (SELECT status FROM incidents WHERE id = OLD.incident_id) = 'PUBLISHED'
BEGIN
    UPDATE public_generation SET generation = generation + 1 WHERE id = 1;
END;

CREATE TRIGGER claim_matches_public_insert AFTER INSERT ON claim_matches WHEN (SELECT status FROM incidents WHERE id = NEW.incident_id) = 'PUBLISHED'
BEGIN
    UPDATE public_generation SET generation = generation + 1 WHERE id = 1;
END;

CREATE TRIGGER claim_matches_public_update AFTER UPDATE ON claim_matches
    WHEN (SELECT status FROM incidents WHERE id = OLD.incident_id) = 'PUBLISHED' OR (SELECT status FROM incidents WHERE id = NEW.incident_id) = 'PUBLISHED'
BEGIN
    UPDATE public_generation SET generation = generation + 1 WHERE id = 1;
END;

CREATE TRIGGER claim_matches_public_delete AFTER DELETE ON claim_matches WHEN (SELECT status FROM incidents WHERE id = OLD.incident_id) = 'PUBLISHED'
BEGIN
    UPDATE public_generation SET generation = generation + 1 WHERE id = 1;
END;

CREATE TRIGGER responses_public_insert AFTER INSERT ON responses WHEN (SELECT status FROM incidents WHERE id = NEW.incident_id) = 'PUBLISHED'
BEGIN
    UPDATE public_generation SET generation = generation + 1 WHERE id = 1;
END;

CREATE TRIGGER responses_public_update AFTER UPDATE ON responses
    WHEN (SELECT status FROM incidents WHERE id = OLD.incident_id) = 'PUBLISHED' OR (SELECT status FROM incidents WHERE id = NEW.incident_id) = 'PUBLISHED'
BEGIN
    UPDATE public_generation SET generation = generation + 1 WHERE id = 1;
END;

CREATE TRIGGER responses_public_delete AFTER DELETE ON responses WHEN (SELECT status FROM incidents WHERE id = OLD.incident_id) = 'PUBLISHED'
BEGIN
    UPDATE public_generation SET generation = generation + 1 WHERE id = 1;
END;

-- A claim's own fields show in every incident it is matched to.
CREATE TRIGGER claims_public_update AFTER UPDATE ON claims
    WHEN EXISTS (SELECT 1 FROM claim_matches m JOIN incidents i ON i.id = m.incident_id WHERE m.claim_id = NEW.id AND i.status = 'PUBLISHED')
BEGIN
    UPDATE public_generation SET generation = generation + 1 WHERE id = 1;
END;
