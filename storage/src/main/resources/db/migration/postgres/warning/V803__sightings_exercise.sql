-- Early warning: a sighting replayed in a drill or a demo is an exercise (decision 0810): it joins only exercise flights,
-- its alerts say so, and it is never evidence. False for every sighting stored before.
ALTER TABLE sightings ADD COLUMN exercise BOOLEAN NOT NULL DEFAULT FALSE;
