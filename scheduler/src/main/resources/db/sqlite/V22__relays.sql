-- Relays (tiếp âm, issue 18): the national and provincial radio aired live at fixed times. A source is a live
-- stream a unit's admin names; a slot puts it on a station, or on every station of a unit or planning group,
-- on given weekdays for a period. Both are kept when retired or ended: what aired names them.
CREATE TABLE relay_source (
    id                   INTEGER PRIMARY KEY,
    owner_unit_id        INTEGER NOT NULL REFERENCES org_unit (id),
    name                 TEXT    NOT NULL,
    url                  TEXT    NOT NULL,
    -- aired when the stream cannot be had; null: silence, recorded as such
    fallback_program_id  INTEGER REFERENCES program (id),
    created_by           TEXT,
    created_at           TEXT    NOT NULL,
    updated_at           TEXT    NOT NULL,
    retired_at           TEXT
);

CREATE TABLE relay_slot (
    id                 INTEGER PRIMARY KEY,
    source_id          INTEGER NOT NULL REFERENCES relay_source (id),
    org_unit_id        INTEGER REFERENCES org_unit (id),
    planning_group_id  INTEGER REFERENCES planning_group (id),
    station_id         INTEGER REFERENCES station (id),
    -- MON,TUE,… as the API writes them
    weekdays           TEXT    NOT NULL,
    start_minute       INTEGER NOT NULL CHECK (start_minute BETWEEN 0 AND 1439),
    duration_minutes   INTEGER NOT NULL CHECK (duration_minutes BETWEEN 1 AND 240),
    first_day          TEXT    NOT NULL,
    last_day           TEXT,
    created_by         TEXT,
    created_at         TEXT    NOT NULL,
    ended_at           TEXT,
    CHECK ((org_unit_id IS NOT NULL) + (planning_group_id IS NOT NULL) + (station_id IS NOT NULL) = 1),
    CHECK (start_minute + duration_minutes <= 1440)
);
CREATE INDEX relay_slot_source ON relay_slot (source_id);

-- a station-day's relays as published, beside its items: same rules (a new version of the day, a relay the
-- new plan drops is withdrawn with a reason, never deleted; the frozen past stays)
CREATE TABLE schedule_relay (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    station_id        INTEGER NOT NULL REFERENCES station (id),
    day               TEXT    NOT NULL,
    planned_start     TEXT    NOT NULL,
    duration_ms       INTEGER NOT NULL,
    slot_id           INTEGER NOT NULL REFERENCES relay_slot (id),
    source_id         INTEGER NOT NULL REFERENCES relay_source (id),
    withdrawn_at      TEXT,
    withdrawn_reason  TEXT
);
CREATE INDEX schedule_relay_day ON schedule_relay (station_id, day);

-- one as-run record per relay: seconds of the stream heard (seconds_played), its drop-outs, and whether the
-- fallback aired ('program' or 'silence'); a relay record names no program and counts for no campaign
ALTER TABLE as_run_record ADD COLUMN relay_id INTEGER;
ALTER TABLE as_run_record ADD COLUMN relay_source_id INTEGER;
ALTER TABLE as_run_record ADD COLUMN dropouts INTEGER;
ALTER TABLE as_run_record ADD COLUMN dropout_seconds REAL;
ALTER TABLE as_run_record ADD COLUMN relay_fallback TEXT CHECK (relay_fallback IN ('program', 'silence'));
