-- Reports (issue 7): each as-run record knows its station-local day and its campaign, and a daily
-- roll-up per station, day, program and campaign is kept in the same transaction as the record, so
-- frequency and compliance over a year of records read thousands of rows, not millions.

ALTER TABLE as_run_record ADD COLUMN campaign_id INTEGER;
ALTER TABLE as_run_record ADD COLUMN notice_id INTEGER;
-- the station-local date of the airing: of the actual start when it aired, else of the planned start
ALTER TABLE as_run_record ADD COLUMN day TEXT;

-- rows from before this version: Vietnam has one time zone (UTC+7, no summer time)
UPDATE as_run_record SET day = date(COALESCE(actual_start, planned_start, received_at), '+7 hours');
UPDATE as_run_record SET campaign_id = (SELECT campaign_id FROM schedule_item WHERE schedule_item.id = as_run_record.item_id),
                         notice_id = (SELECT notice_id FROM schedule_item WHERE schedule_item.id = as_run_record.item_id);

CREATE INDEX as_run_station_day ON as_run_record (station_id, day, id);
CREATE INDEX as_run_day ON as_run_record (day, id);

CREATE TABLE airing_daily (
    station_id     INTEGER NOT NULL REFERENCES station (id),
    day            TEXT    NOT NULL,
    program_id     INTEGER NOT NULL,
    campaign_id    INTEGER NOT NULL,   -- 0: no campaign (an urgent notice, or unknown)
    played         INTEGER NOT NULL DEFAULT 0,
    partial        INTEGER NOT NULL DEFAULT 0,
    interrupted    INTEGER NOT NULL DEFAULT 0,
    missed         INTEGER NOT NULL DEFAULT 0,
    failed         INTEGER NOT NULL DEFAULT 0,
    seconds_aired  REAL    NOT NULL DEFAULT 0,
    PRIMARY KEY (station_id, day, program_id, campaign_id)
) WITHOUT ROWID;

CREATE INDEX airing_daily_by_day ON airing_daily (day, station_id);

INSERT INTO airing_daily (station_id, day, program_id, campaign_id, played, partial, interrupted, missed, failed, seconds_aired)
SELECT station_id, day, COALESCE(program_id, 0), COALESCE(campaign_id, 0),
       SUM(outcome = 'played'), SUM(outcome = 'partial'), SUM(outcome = 'interrupted'), SUM(outcome = 'missed'),
       SUM(outcome = 'failed'), SUM(seconds_played)
FROM as_run_record GROUP BY station_id, day, COALESCE(program_id, 0), COALESCE(campaign_id, 0);
