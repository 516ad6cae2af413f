-- Early warning: the delivery sequence number of the change that made each alert's stored state, so that a restarted
-- server numbers its changes after the last one subscribers saw (MQTT, webhooks and SSE consumers drop a change whose
-- number is not above the last they hold). 0 for alerts stored before.
ALTER TABLE alerts ADD COLUMN sequence BIGINT NOT NULL DEFAULT 0;
