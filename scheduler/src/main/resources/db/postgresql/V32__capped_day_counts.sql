-- Compliance counts each program's airings a day up to the target (issue 21): a province's year read 3.65 million
-- daily roll-up rows for it. The monthly roll-up now also keeps how many days of the month reached 1, 2, 3 and 4
-- airings, per program, and a new table the same per campaign (any of its programs), so a whole month reads one
-- row: Σ min(played, n) over the days = days ≥ 1 + … + days ≥ n. Kept in the transaction of each record, as the
-- roll-ups are; targets above four, and the days at a period's edges, still read the daily roll-up.

ALTER TABLE airing_monthly ADD COLUMN days_played_1 BIGINT NOT NULL DEFAULT 0;
ALTER TABLE airing_monthly ADD COLUMN days_played_2 BIGINT NOT NULL DEFAULT 0;
ALTER TABLE airing_monthly ADD COLUMN days_played_3 BIGINT NOT NULL DEFAULT 0;
ALTER TABLE airing_monthly ADD COLUMN days_played_4 BIGINT NOT NULL DEFAULT 0;

CREATE TABLE campaign_days_monthly (
    station_id     BIGINT NOT NULL REFERENCES station (id),
    month          TEXT    NOT NULL,   -- the month's first day, YYYY-MM-01
    campaign_id    BIGINT  NOT NULL,
    days_played_1  BIGINT  NOT NULL DEFAULT 0,   -- days with at least one airing of any of the campaign's programs
    days_played_2  BIGINT  NOT NULL DEFAULT 0,
    days_played_3  BIGINT  NOT NULL DEFAULT 0,
    days_played_4  BIGINT  NOT NULL DEFAULT 0,
    PRIMARY KEY (station_id, month, campaign_id)
);

DELETE FROM airing_monthly;
INSERT INTO airing_monthly (station_id, month, program_id, campaign_id, played, partial, interrupted, missed, failed,
                            seconds_aired, days_played_1, days_played_2, days_played_3, days_played_4)
SELECT station_id, substr(day, 1, 7) || '-01', program_id, campaign_id, SUM(played), SUM(partial), SUM(interrupted),
       SUM(missed), SUM(failed), SUM(seconds_aired), SUM(CASE WHEN played >= 1 THEN 1 ELSE 0 END),
       SUM(CASE WHEN played >= 2 THEN 1 ELSE 0 END), SUM(CASE WHEN played >= 3 THEN 1 ELSE 0 END),
       SUM(CASE WHEN played >= 4 THEN 1 ELSE 0 END)
FROM airing_daily GROUP BY station_id, substr(day, 1, 7), program_id, campaign_id;

INSERT INTO campaign_days_monthly (station_id, month, campaign_id, days_played_1, days_played_2, days_played_3,
                                   days_played_4)
SELECT station_id, substr(day, 1, 7) || '-01', campaign_id, SUM(CASE WHEN played >= 1 THEN 1 ELSE 0 END),
       SUM(CASE WHEN played >= 2 THEN 1 ELSE 0 END), SUM(CASE WHEN played >= 3 THEN 1 ELSE 0 END),
       SUM(CASE WHEN played >= 4 THEN 1 ELSE 0 END)
FROM (SELECT station_id, day, campaign_id, SUM(played) AS played FROM airing_daily WHERE campaign_id <> 0
      GROUP BY station_id, day, campaign_id) AS days
GROUP BY station_id, substr(day, 1, 7), campaign_id;
