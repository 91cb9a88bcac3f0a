-- What planners decide by hand (issue 22); the engine obeys it before it fills the rest, on every re-plan.

-- One airing moved, removed or added at one station on one day. A move or removal names the campaign's
-- airing it changes (program, campaign, its time when edited, for the record); withdrawing an edit gives
-- the day back to the engine. Edits are never deleted: who changed what aired, and why, is kept.
CREATE TABLE schedule_edit (
    id            INTEGER PRIMARY KEY,
    station_id    INTEGER NOT NULL REFERENCES station (id),
    day           TEXT    NOT NULL,
    kind          TEXT    NOT NULL CHECK (kind IN ('add', 'move', 'remove')),
    program_id    INTEGER NOT NULL REFERENCES program (id),
    campaign_id   INTEGER REFERENCES campaign (id),
    from_second   INTEGER,
    at_second     INTEGER,
    reason        TEXT    NOT NULL,
    created_by    TEXT,
    created_at    TEXT    NOT NULL,
    withdrawn_at  TEXT,
    withdrawn_by  TEXT,
    CHECK ((kind = 'remove') = (at_second IS NULL))
);
CREATE INDEX schedule_edit_day ON schedule_edit (day, station_id);

-- Days a unit's (or group's) stations air no campaign program (holidays, days of mourning; urgent notices
-- still air), or a station is paused for repair (nothing airs, nothing is owed).
CREATE TABLE day_off (
    id                 INTEGER PRIMARY KEY,
    kind               TEXT    NOT NULL CHECK (kind IN ('holiday', 'pause')),
    org_unit_id        INTEGER REFERENCES org_unit (id),
    planning_group_id  INTEGER REFERENCES planning_group (id),
    station_id         INTEGER REFERENCES station (id),
    first_day          TEXT    NOT NULL,
    last_day           TEXT    NOT NULL,
    reason             TEXT    NOT NULL,
    created_by         TEXT,
    created_at         TEXT    NOT NULL,
    withdrawn_at       TEXT,
    CHECK ((org_unit_id IS NOT NULL) + (planning_group_id IS NOT NULL) + (station_id IS NOT NULL) = 1),
    CHECK (first_day <= last_day)
);

-- A program at a fixed time on given days (every N days, or given weekdays every N weeks), placed before
-- the rotation fills the rest.
CREATE TABLE recurring_slot (
    id                 INTEGER PRIMARY KEY,
    name               TEXT    NOT NULL,
    program_id         INTEGER NOT NULL REFERENCES program (id),
    org_unit_id        INTEGER REFERENCES org_unit (id),
    planning_group_id  INTEGER REFERENCES planning_group (id),
    station_id         INTEGER REFERENCES station (id),
    start_minute       INTEGER NOT NULL,
    weekly             INTEGER NOT NULL,
    weekdays           TEXT    NOT NULL,
    every              INTEGER NOT NULL CHECK (every >= 1),
    first_day          TEXT    NOT NULL,
    last_day           TEXT,
    created_by         TEXT,
    created_at         TEXT    NOT NULL,
    retired_at         TEXT,
    CHECK ((org_unit_id IS NOT NULL) + (planning_group_id IS NOT NULL) + (station_id IS NOT NULL) = 1)
);

-- the least time between two airings of one program at a station, a province's choice (0: none)
ALTER TABLE province_setting ADD COLUMN min_separation_minutes INTEGER NOT NULL DEFAULT 0;
