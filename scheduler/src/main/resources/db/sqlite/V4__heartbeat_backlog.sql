-- Heartbeats carry the agent's outbox backlog (issue 6); the station keeps its latest offset at hand.
ALTER TABLE heartbeat ADD COLUMN outbox_backlog INTEGER;
ALTER TABLE station ADD COLUMN last_clock_offset_ms INTEGER;
