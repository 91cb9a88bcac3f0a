-- Evidence of airing (issue 20): the fingerprint blocks of what the agent rendered, the hash the signed record names,
-- and the level the server found matching them against the rendition's reference: reported (no print, or no
-- reference), rendered_matched, rendered_not_matched; with the bit error rate of the best match.
ALTER TABLE as_run_record ADD COLUMN rendered_print TEXT;
ALTER TABLE as_run_record ADD COLUMN rendered_print_sha256 TEXT;
ALTER TABLE as_run_record ADD COLUMN evidence TEXT CHECK (evidence IN ('reported', 'rendered_matched', 'rendered_not_matched'));
ALTER TABLE as_run_record ADD COLUMN evidence_ber REAL;
