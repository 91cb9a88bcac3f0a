-- A published relay's records (relay compliance, the week views): found by the relay, not by scanning the log
CREATE INDEX as_run_relay ON as_run_record (relay_id) WHERE relay_id IS NOT NULL;
