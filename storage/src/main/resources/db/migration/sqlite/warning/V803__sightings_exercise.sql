-- Early warning: a sighting replayed in a drill or a demo is an exercise (decision 0810): it joins only exercise flights,
-- its alerts say so, and it is never evidence. 0 (false) for every sighting stored before.
ALTER TABLE sightings ADD COLUMN exercise INTEGER NOT NULL DEFAULT 0 CHECK (exercise IN (0, 1));
