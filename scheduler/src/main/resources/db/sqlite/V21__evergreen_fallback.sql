-- The evergreen fallback (issue 22): programs a station airs in its windows when its published schedule
-- has run out (no link for longer than the horizon) or an item's audio is missing, so the loudspeakers do
-- not fall silent. A station's own list, else the nearest unit above it that has one.
CREATE TABLE fallback_program (
    org_unit_id  INTEGER REFERENCES org_unit (id),
    station_id   INTEGER REFERENCES station (id),
    program_id   INTEGER NOT NULL REFERENCES program (id),
    position     INTEGER NOT NULL,
    CHECK ((org_unit_id IS NOT NULL) + (station_id IS NOT NULL) = 1)
);
CREATE INDEX fallback_program_unit ON fallback_program (org_unit_id);
CREATE INDEX fallback_program_station ON fallback_program (station_id);

-- an airing of the fallback is recorded as such, never as a campaign's
ALTER TABLE as_run_record ADD COLUMN fallback INTEGER NOT NULL DEFAULT 0;

-- how many days of schedule each station is given ahead, a province's choice (up to 31); 0: the instance's
-- planning.horizon-days (7 unless configured)
ALTER TABLE province_setting ADD COLUMN horizon_days INTEGER NOT NULL DEFAULT 0;
