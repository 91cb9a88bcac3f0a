-- The agent's clock error bound as its heartbeat reports it (a bad link shows on the station page), and
-- how long after its planned instant the agent started each item so as not to be early by the real clock
-- (the bound, when it was small). Null for older agents.
ALTER TABLE heartbeat ADD COLUMN clock_uncertainty_ms INTEGER;
ALTER TABLE as_run_record ADD COLUMN start_margin_ms INTEGER;
