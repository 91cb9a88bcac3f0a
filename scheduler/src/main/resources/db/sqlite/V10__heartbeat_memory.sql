-- Heartbeats carry the agent's resident memory (issue 26), so a station whose agent grows is seen on
-- its page before the old office PC runs out of memory.
ALTER TABLE heartbeat ADD COLUMN resident_bytes INTEGER;
