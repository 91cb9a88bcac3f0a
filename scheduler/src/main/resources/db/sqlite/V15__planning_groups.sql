-- Planning groups (issue 17): named sets of communes inside a province — a former district, "xã vùng
-- cao", a coastal group — usable wherever a unit is: as a campaign's or a notice's target, as a report's
-- roll-up, as a user's scope (an old district planner keeps working through the group of that district).
-- A group's code is never a unit's code, so one code names one scope.
CREATE TABLE planning_group (
    id           INTEGER PRIMARY KEY,
    code         TEXT    NOT NULL UNIQUE,
    name         TEXT    NOT NULL,
    province_id  INTEGER NOT NULL REFERENCES org_unit (id),
    created_at   TEXT    NOT NULL,
    updated_at   TEXT    NOT NULL
);

CREATE TABLE planning_group_member (
    group_id     INTEGER NOT NULL REFERENCES planning_group (id) ON DELETE CASCADE,
    org_unit_id  INTEGER NOT NULL REFERENCES org_unit (id),
    PRIMARY KEY (group_id, org_unit_id)
);
CREATE INDEX planning_group_member_unit ON planning_group_member (org_unit_id);

-- a campaign targets units, stations or planning groups: one of the three per row
CREATE TABLE campaign_target_v15 (
    campaign_id        INTEGER NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
    org_unit_id        INTEGER REFERENCES org_unit (id),
    station_id         INTEGER REFERENCES station (id),
    planning_group_id  INTEGER REFERENCES planning_group (id),
    CHECK ((org_unit_id IS NOT NULL) + (station_id IS NOT NULL) + (planning_group_id IS NOT NULL) = 1)
);
INSERT INTO campaign_target_v15 (campaign_id, org_unit_id, station_id)
    SELECT campaign_id, org_unit_id, station_id FROM campaign_target;
DROP TABLE campaign_target;
ALTER TABLE campaign_target_v15 RENAME TO campaign_target;
CREATE INDEX campaign_target_campaign ON campaign_target (campaign_id);
