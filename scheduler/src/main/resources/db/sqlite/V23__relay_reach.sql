-- Whether a station's agent can reach the streams it relays, as its heartbeat says (issue 18): one line per
-- source, "nghe được" or why not, so an officer knows before the 17:00 relay that it will fall back
ALTER TABLE heartbeat ADD COLUMN relay_state TEXT;
