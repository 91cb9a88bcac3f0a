-- A station and its sites (issue 17). Since July 2025 a merged commune's station keeps the old
-- installations of the communes it joined as its sites (điểm phát), each with its own PC and agent,
-- all airing the station's one schedule. Every station so far becomes a station with one site (same
-- code and name), so single-site stations read exactly as before.
CREATE TABLE station_site (
    id                   INTEGER PRIMARY KEY,
    station_id           INTEGER NOT NULL REFERENCES station (id),
    code                 TEXT    NOT NULL UNIQUE,
    name                 TEXT    NOT NULL,
    location             TEXT,
    latitude             REAL,
    longitude            REAL,
    former_station_code  TEXT,
    retired_at           TEXT,
    last_heartbeat_at    TEXT,
    created_at           TEXT    NOT NULL,
    updated_at           TEXT    NOT NULL
);
CREATE INDEX station_site_station ON station_site (station_id);
INSERT INTO station_site (station_id, code, name, last_heartbeat_at, created_at, updated_at)
    SELECT id, code, name, last_heartbeat_at, created_at, updated_at FROM station;

-- Enrolment codes and tokens belong to one site: enrolling a second PC at another site no longer revokes
-- the first site's token.
ALTER TABLE station_credential ADD COLUMN site_id INTEGER REFERENCES station_site (id);
UPDATE station_credential SET site_id = (SELECT ss.id FROM station_site ss WHERE ss.station_id = station_credential.station_id);

ALTER TABLE heartbeat ADD COLUMN site_id INTEGER REFERENCES station_site (id);
UPDATE heartbeat SET site_id = (SELECT ss.id FROM station_site ss WHERE ss.station_id = heartbeat.station_id);
CREATE INDEX heartbeat_site ON heartbeat (site_id, id);

-- The site of a record is the site of its enrolment (an enrolment is one PC at one site), kept on the
-- small per-enrolment row rather than on each of millions of records.
ALTER TABLE as_run_enrolment ADD COLUMN site_id INTEGER REFERENCES station_site (id);
UPDATE as_run_enrolment SET site_id = (SELECT ss.id FROM station_site ss WHERE ss.station_id = as_run_enrolment.station_id);

-- Per site, per day: what each site aired, for coverage (sites that aired / sites expected).
CREATE TABLE airing_site_daily (
    site_id        INTEGER NOT NULL REFERENCES station_site (id),
    day            TEXT    NOT NULL,
    program_id     INTEGER NOT NULL,
    campaign_id    INTEGER NOT NULL,
    played         INTEGER NOT NULL,
    records        INTEGER NOT NULL,
    seconds_aired  REAL    NOT NULL,
    PRIMARY KEY (site_id, day, program_id, campaign_id)
);
INSERT INTO airing_site_daily (site_id, day, program_id, campaign_id, played, records, seconds_aired)
    SELECT e.site_id, a.day, COALESCE(a.program_id, 0), COALESCE(a.campaign_id, 0), SUM(a.outcome = 'played'), COUNT(*),
           SUM(a.seconds_played)
    FROM as_run_record a JOIN as_run_enrolment e ON e.station_id = a.station_id AND e.enrolment_id = a.enrolment_id
    GROUP BY e.site_id, a.day, COALESCE(a.program_id, 0), COALESCE(a.campaign_id, 0);

-- A scheduled item counts once at its station however many sites aired it: the record that stands for
-- the item in the station's roll-ups is the best one (played > partial > interrupted > failed > missed),
-- whichever site sent it. rank: 5 played … 1 missed.
CREATE TABLE item_airing (
    station_id     INTEGER NOT NULL REFERENCES station (id),
    item_id        INTEGER NOT NULL,
    site_id        INTEGER NOT NULL,
    day            TEXT    NOT NULL,
    outcome        TEXT    NOT NULL,
    seconds_aired  REAL    NOT NULL,
    PRIMARY KEY (station_id, item_id)
);
INSERT INTO item_airing (station_id, item_id, site_id, day, outcome, seconds_aired)
    SELECT a.station_id, a.item_id, e.site_id, a.day, a.outcome, a.seconds_played
    FROM as_run_record a JOIN as_run_enrolment e ON e.station_id = a.station_id AND e.enrolment_id = a.enrolment_id
    WHERE a.item_id IS NOT NULL AND a.id = (
        SELECT b.id FROM as_run_record b WHERE b.station_id = a.station_id AND b.item_id = a.item_id
        ORDER BY CASE b.outcome WHEN 'played' THEN 5 WHEN 'partial' THEN 4 WHEN 'interrupted' THEN 3
                 WHEN 'failed' THEN 2 ELSE 1 END DESC, b.id LIMIT 1);
