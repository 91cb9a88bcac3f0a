-- What has aired stays aired (issue 14). Schedule items are never deleted any more: an item that a
-- re-plan removes before its time is marked withdrawn, with the reason, so an as-run record always
-- finds the item it names and an id is never handed out twice (AUTOINCREMENT: SQLite would otherwise
-- reuse the highest id after a delete, and an agent took a new urgent notice for the item it was
-- airing). Positions are no longer unique per day, since withdrawn rows keep theirs.
CREATE TABLE schedule_item_v9 (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    station_id        INTEGER NOT NULL REFERENCES station (id),
    day               TEXT    NOT NULL,
    position          INTEGER NOT NULL,
    planned_start     TEXT    NOT NULL,
    duration_ms       INTEGER NOT NULL,
    program_id        INTEGER NOT NULL REFERENCES program (id),
    content_sha256    TEXT    NOT NULL,
    campaign_id       INTEGER REFERENCES campaign (id),
    notice_id         INTEGER REFERENCES urgent_notice (id),
    reason            TEXT    NOT NULL,
    -- set when a re-plan or a cancelled notice took the item off the schedule before it aired
    withdrawn_at      TEXT,
    withdrawn_reason  TEXT,
    -- when the station's agent first received the item (pulled a schedule holding it)
    delivered_at      TEXT
);
INSERT INTO schedule_item_v9 (id, station_id, day, position, planned_start, duration_ms, program_id, content_sha256,
                              campaign_id, notice_id, reason)
    SELECT id, station_id, day, position, planned_start, duration_ms, program_id, content_sha256, campaign_id, notice_id,
           reason FROM schedule_item;
DROP TABLE schedule_item;
ALTER TABLE schedule_item_v9 RENAME TO schedule_item;
CREATE INDEX schedule_item_station_day ON schedule_item (station_id, day, position);
CREATE INDEX schedule_item_notice ON schedule_item (notice_id);
CREATE INDEX schedule_item_campaign ON schedule_item (campaign_id, station_id, day);

-- Targets count from when they were set: the instant a campaign was first published. Campaigns of
-- earlier versions take it from the audit log; those without one keep counting from their period.
ALTER TABLE campaign ADD COLUMN published_at TEXT;
UPDATE campaign SET published_at = (SELECT MIN(a.at) FROM audit_log a WHERE a.action = 'campaign.publish'
                                    AND a.object_type = 'campaign' AND a.object_id = CAST(campaign.id AS TEXT));

-- A notice's cancellation: who and why (cancelled_at exists since V1).
ALTER TABLE urgent_notice ADD COLUMN cancelled_by TEXT;
