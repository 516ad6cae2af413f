-- Early warning: the sightings of an alert are read when a restarted server follows its flights again (decision 0809).
CREATE INDEX sightings_alert ON sightings (alert_id);
