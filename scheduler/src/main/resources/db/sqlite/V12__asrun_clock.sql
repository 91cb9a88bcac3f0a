-- Each as-run record may carry the agent's clock estimate when it started the item: the server's
-- clock against the PC's (ms) and the estimate's error bound (ms). Null for records of older agents:
-- their start error is measured against an estimate nobody bounded.
ALTER TABLE as_run_record ADD COLUMN clock_offset_ms INTEGER;
ALTER TABLE as_run_record ADD COLUMN clock_uncertainty_ms INTEGER;
