-- Sequences that cannot collide (issue 15). An agent numbers its as-run records from 1 on the PC it
-- runs on; a station re-enrolled on a new PC started again at 1 and the server, which keyed records by
-- (station, sequence), acknowledged the new PC's first records without storing them. A record is now
-- identified by (station, enrolment, sequence): the enrolment is the agent token's lineage, the id of
-- the first token that an enrolment code was traded for, kept across token rotations. Tokens and
-- records from before this version belong to enrolment 0.
ALTER TABLE station_credential ADD COLUMN enrolment_id INTEGER;
UPDATE station_credential SET enrolment_id = 0 WHERE kind = 'token';

CREATE TABLE as_run_record_v11 (
    id              INTEGER PRIMARY KEY,
    station_id      INTEGER NOT NULL REFERENCES station (id),
    enrolment_id    INTEGER NOT NULL DEFAULT 0,
    sequence        INTEGER NOT NULL,
    item_id         INTEGER,
    program_id      INTEGER,
    content_sha256  TEXT,
    planned_start   TEXT,
    actual_start    TEXT,
    actual_end      TEXT,
    seconds_played  REAL    NOT NULL DEFAULT 0,
    outcome         TEXT    NOT NULL CHECK (outcome IN ('played', 'partial', 'missed', 'failed', 'interrupted')),
    reason          TEXT,
    received_at     TEXT    NOT NULL,
    campaign_id     INTEGER,
    notice_id       INTEGER,
    day             TEXT,
    UNIQUE (station_id, enrolment_id, sequence)
);
INSERT INTO as_run_record_v11 (id, station_id, enrolment_id, sequence, item_id, program_id, content_sha256, planned_start,
                               actual_start, actual_end, seconds_played, outcome, reason, received_at, campaign_id,
                               notice_id, day)
    SELECT id, station_id, 0, sequence, item_id, program_id, content_sha256, planned_start, actual_start, actual_end,
           seconds_played, outcome, reason, received_at, campaign_id, notice_id, day FROM as_run_record;
DROP TABLE as_run_record;
ALTER TABLE as_run_record_v11 RENAME TO as_run_record;
CREATE INDEX as_run_station_day ON as_run_record (station_id, day, id);
CREATE INDEX as_run_day ON as_run_record (day, id);
CREATE INDEX as_run_station_played ON as_run_record (station_id, outcome, actual_start);
CREATE INDEX as_run_item ON as_run_record (item_id);

-- Per enrolment: how many records arrived and the highest sequence, kept as records arrive, so the
-- station page and the log never count or scan a station's records to say what is missing.
CREATE TABLE as_run_enrolment (
    station_id      INTEGER NOT NULL REFERENCES station (id),
    enrolment_id    INTEGER NOT NULL,
    received        INTEGER NOT NULL,
    first_sequence  INTEGER NOT NULL,
    last_sequence   INTEGER NOT NULL,
    PRIMARY KEY (station_id, enrolment_id)
);
INSERT INTO as_run_enrolment (station_id, enrolment_id, received, first_sequence, last_sequence)
    SELECT station_id, enrolment_id, COUNT(*), MIN(sequence), MAX(sequence) FROM as_run_record
    GROUP BY station_id, enrolment_id;

-- Sequences not received yet, as ranges between received neighbours: a record far ahead is one row,
-- whatever its number (a single sequence of 2^53 - 1 used to make the gap query count to it).
CREATE TABLE as_run_gap (
    station_id      INTEGER NOT NULL REFERENCES station (id),
    enrolment_id    INTEGER NOT NULL,
    first_missing   INTEGER NOT NULL,
    last_missing    INTEGER NOT NULL,
    PRIMARY KEY (station_id, enrolment_id, first_missing)
);
INSERT INTO as_run_gap (station_id, enrolment_id, first_missing, last_missing)
    SELECT station_id, enrolment_id, previous + 1, sequence - 1 FROM (
        SELECT station_id, enrolment_id, sequence,
               LAG(sequence) OVER (PARTITION BY station_id, enrolment_id ORDER BY sequence) AS previous
        FROM as_run_record)
    WHERE previous IS NOT NULL AND sequence - previous > 1;
-- Enrolment 0 numbered from 1: sequences below its first record are missing too.
INSERT INTO as_run_gap (station_id, enrolment_id, first_missing, last_missing)
    SELECT station_id, 0, 1, first_sequence - 1 FROM as_run_enrolment WHERE enrolment_id = 0 AND first_sequence > 1;
