-- What the station's capture input heard during an airing (issue 20): the agent keeps only its fingerprint blocks
-- and level; the server lays them on the rendition's reference (heard_matched / heard_not_matched, with the bit error
-- rate) and flags an airing whose output was silent or much too quiet, from the levels of what was rendered and heard.
-- What a record proves is the heard level when there is one, the rendered level (evidence) otherwise.
ALTER TABLE as_run_record ADD COLUMN rendered_level_db REAL;
ALTER TABLE as_run_record ADD COLUMN heard_print TEXT;
ALTER TABLE as_run_record ADD COLUMN heard_print_sha256 TEXT;
ALTER TABLE as_run_record ADD COLUMN heard_level_db REAL;
ALTER TABLE as_run_record ADD COLUMN heard TEXT CHECK (heard IN ('heard_matched', 'heard_not_matched'));
ALTER TABLE as_run_record ADD COLUMN heard_ber REAL;
ALTER TABLE as_run_record ADD COLUMN level_flag TEXT CHECK (level_flag IN ('aired_silence', 'too_quiet'));
