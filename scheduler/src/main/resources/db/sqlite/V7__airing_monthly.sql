-- A year of frequency for a province read ~9 million daily roll-up rows (benchmark: slower than the raw
-- GROUP BY). A monthly roll-up, kept in the same transaction as each record, answers month and period
-- buckets from ~300 thousand rows; the edges of a period that are not whole months still read days.
-- The index by day made SQLite read the daily table in day order with a lookup per row; reads by
-- station (the primary key) are the fast path for every scoped query, so it goes.

DROP INDEX airing_daily_by_day;

CREATE TABLE airing_monthly (
    station_id     INTEGER NOT NULL REFERENCES station (id),
    month          TEXT    NOT NULL,   -- the month's first day, YYYY-MM-01
    program_id     INTEGER NOT NULL,
    campaign_id    INTEGER NOT NULL,
    played         INTEGER NOT NULL DEFAULT 0,
    partial        INTEGER NOT NULL DEFAULT 0,
    interrupted    INTEGER NOT NULL DEFAULT 0,
    missed         INTEGER NOT NULL DEFAULT 0,
    failed         INTEGER NOT NULL DEFAULT 0,
    seconds_aired  REAL    NOT NULL DEFAULT 0,
    PRIMARY KEY (station_id, month, program_id, campaign_id)
) WITHOUT ROWID;

INSERT INTO airing_monthly (station_id, month, program_id, campaign_id, played, partial, interrupted, missed, failed,
                            seconds_aired)
SELECT station_id, substr(day, 1, 7) || '-01', program_id, campaign_id, SUM(played), SUM(partial), SUM(interrupted),
       SUM(missed), SUM(failed), SUM(seconds_aired)
FROM airing_daily GROUP BY station_id, substr(day, 1, 7), program_id, campaign_id;
