-- Units of the map before July 2025 stay readable after a deployment moves to the new map (issue 17):
-- the new map reuses most old commune codes (3,315 of them) for new, larger communes, so a code is unique
-- only among the units in force. A former unit keeps its code, its place in the old tree and every
-- station and record under it, so a 2024 report reads by the units of 2024; superseded_on is the day it
-- stopped being in force. Looking a code up finds the unit in force, else the latest former one.
--
-- SQLite cannot drop a column's UNIQUE, so the table is rebuilt. Deferring the foreign keys lets the rows
-- that point at org_unit wait, inside this transaction, for the same ids to come back.
PRAGMA defer_foreign_keys = ON;
CREATE TEMP TABLE org_unit_v16 AS SELECT id, code, name, type, level, parent_id, created_at, updated_at FROM org_unit;
DROP TABLE org_unit;
CREATE TABLE org_unit (
    id             INTEGER PRIMARY KEY,
    code           TEXT    NOT NULL,
    name           TEXT    NOT NULL,
    type           TEXT,
    level          TEXT    NOT NULL CHECK (level IN ('province', 'district', 'commune')),
    parent_id      INTEGER REFERENCES org_unit (id),
    created_at     TEXT    NOT NULL,
    updated_at     TEXT    NOT NULL,
    superseded_on  TEXT
);
INSERT INTO org_unit (id, code, name, type, level, parent_id, created_at, updated_at)
    SELECT id, code, name, type, level, parent_id, created_at, updated_at FROM org_unit_v16;
DROP TABLE org_unit_v16;
CREATE INDEX org_unit_parent ON org_unit (parent_id);
CREATE UNIQUE INDEX org_unit_code_in_force ON org_unit (code) WHERE superseded_on IS NULL;
CREATE INDEX org_unit_code ON org_unit (code, superseded_on);

-- A planner of a former district works through the planning group made of it: a user's scope is a unit
-- or a planning group (never both).
ALTER TABLE app_user ADD COLUMN scope_group_id INTEGER REFERENCES planning_group (id);

-- The group made of a former district (or province) covers that former unit too, so its planner still
-- reads the 2024 reports of the district and keeps the campaigns the district owned.
ALTER TABLE planning_group ADD COLUMN former_unit_id INTEGER REFERENCES org_unit (id);

-- An urgent notice may go to a planning group, as a campaign may (V15): one of the three per row.
CREATE TABLE urgent_notice_target_v17 (
    notice_id          INTEGER NOT NULL REFERENCES urgent_notice (id) ON DELETE CASCADE,
    org_unit_id        INTEGER REFERENCES org_unit (id),
    station_id         INTEGER REFERENCES station (id),
    planning_group_id  INTEGER REFERENCES planning_group (id),
    CHECK ((org_unit_id IS NOT NULL) + (station_id IS NOT NULL) + (planning_group_id IS NOT NULL) = 1)
);
INSERT INTO urgent_notice_target_v17 (notice_id, org_unit_id, station_id)
    SELECT notice_id, org_unit_id, station_id FROM urgent_notice_target;
DROP TABLE urgent_notice_target;
ALTER TABLE urgent_notice_target_v17 RENAME TO urgent_notice_target;
CREATE INDEX urgent_notice_target_notice ON urgent_notice_target (notice_id);
