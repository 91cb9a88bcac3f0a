-- Province settings (issue 22). Quiet hours belong to the province, not to a constant: the default is
-- 22:00–05:00, so the 05:30 morning session most communes hold is normal, and a window inside them is a
-- warning unless the province makes the rule strict. A province may also require a second person to
-- approve a program. One row per top unit of a tree (a province; a district in older deployments); a
-- tree without a row has the defaults.
CREATE TABLE province_setting (
    org_unit_id       INTEGER PRIMARY KEY REFERENCES org_unit (id),
    quiet_not_before  INTEGER NOT NULL,
    quiet_not_after   INTEGER NOT NULL,
    quiet_strict      INTEGER NOT NULL DEFAULT 0,
    second_approval   INTEGER NOT NULL DEFAULT 0,
    updated_at        TEXT    NOT NULL,
    updated_by        TEXT
);

-- stations that carried the old built-in rule (nothing before 06:00, no evening limit) take the new default
UPDATE station SET quiet_not_before = 300, quiet_not_after = 1320
    WHERE quiet_not_before = 360 AND quiet_not_after = 1440;
