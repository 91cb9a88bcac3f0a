-- Moving a 2024 deployment to the map of July 2025 (issue 17): an old commune's station becomes a site of
-- the new commune's station. The old station row stays, with its unit of 2024 and every record it ever
-- received, so a 2024 report reads as it did; merged_into_station_id says which station it now airs as,
-- so a report of the new units over a period spanning the reform counts its past too, by the new commune.
-- A merged station is no longer planned.
ALTER TABLE station ADD COLUMN merged_into_station_id INTEGER REFERENCES station (id);
ALTER TABLE station ADD COLUMN merged_at TEXT;
CREATE INDEX station_merged_into ON station (merged_into_station_id);
