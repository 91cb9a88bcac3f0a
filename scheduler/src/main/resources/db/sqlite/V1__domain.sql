-- The whole domain of DESIGN §4 in one first migration; later issues add columns and tables in
-- migrations of their own. Instants are ISO-8601 UTC text ('2026-11-22T05:30:00Z'); local times of
-- day are minutes after midnight (0..1440); days are ISO dates in the station's time zone.
-- Plain SQL that PostgreSQL also accepts, apart from INTEGER PRIMARY KEY autoincrement (SERIAL there).

CREATE TABLE org_unit (
    id          INTEGER PRIMARY KEY,
    code        TEXT    NOT NULL UNIQUE,
    name        TEXT    NOT NULL,
    type        TEXT,
    level       TEXT    NOT NULL CHECK (level IN ('province', 'district', 'commune')),
    parent_id   INTEGER REFERENCES org_unit (id),
    created_at  TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL
);
CREATE INDEX org_unit_parent ON org_unit (parent_id);

CREATE TABLE station (
    id                     INTEGER PRIMARY KEY,
    code                   TEXT    NOT NULL UNIQUE,
    name                   TEXT    NOT NULL,
    org_unit_id            INTEGER NOT NULL REFERENCES org_unit (id),
    time_zone              TEXT    NOT NULL DEFAULT 'Asia/Ho_Chi_Minh',
    quiet_not_before       INTEGER NOT NULL DEFAULT 360,
    quiet_not_after        INTEGER NOT NULL DEFAULT 1440,
    quiet_hours_waiver     TEXT,
    state                  TEXT    NOT NULL DEFAULT 'new',
    last_heartbeat_at      TEXT,
    created_at             TEXT    NOT NULL,
    updated_at             TEXT    NOT NULL
);
CREATE INDEX station_org_unit ON station (org_unit_id);

CREATE TABLE station_window (
    station_id    INTEGER NOT NULL REFERENCES station (id) ON DELETE CASCADE,
    weekday       INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    start_minute  INTEGER NOT NULL CHECK (start_minute >= 0),
    end_minute    INTEGER NOT NULL CHECK (end_minute <= 1440 AND end_minute > start_minute),
    PRIMARY KEY (station_id, weekday, start_minute)
);

CREATE TABLE station_language (
    station_id  INTEGER NOT NULL REFERENCES station (id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    language    TEXT    NOT NULL,
    PRIMARY KEY (station_id, language)
);

CREATE TABLE program (
    id                  INTEGER PRIMARY KEY,
    title               TEXT    NOT NULL,
    topic               TEXT,
    producing_unit_id   INTEGER REFERENCES org_unit (id),
    language            TEXT    NOT NULL DEFAULT 'vi',
    status              TEXT    NOT NULL DEFAULT 'draft'
                        CHECK (status IN ('processing', 'ready', 'failed', 'draft', 'approved', 'retired')),
    valid_from          TEXT,
    valid_to            TEXT,
    source_file         TEXT,
    source_sha256       TEXT,
    duration_waiver     TEXT,
    created_at          TEXT    NOT NULL,
    updated_at          TEXT    NOT NULL
);

CREATE TABLE program_rendition (
    id                      INTEGER PRIMARY KEY,
    program_id              INTEGER NOT NULL REFERENCES program (id),
    content_sha256          TEXT    NOT NULL,
    media_type              TEXT    NOT NULL,
    size_bytes              INTEGER NOT NULL,
    duration_ms             INTEGER NOT NULL,
    loudness_before_lufs    REAL,
    loudness_after_lufs     REAL,
    true_peak_dbtp          REAL,
    created_at              TEXT    NOT NULL
);
CREATE INDEX program_rendition_hash ON program_rendition (content_sha256);

CREATE TABLE campaign (
    id                 INTEGER PRIMARY KEY,
    name               TEXT    NOT NULL,
    owner_unit_id      INTEGER NOT NULL REFERENCES org_unit (id),
    period_start       TEXT    NOT NULL,
    period_end         TEXT    NOT NULL,
    priority           TEXT    NOT NULL DEFAULT 'normal'
                       CHECK (priority IN ('emergency', 'priority', 'normal', 'filler')),
    target_kind        TEXT    NOT NULL CHECK (target_kind IN ('per_program_per_day', 'per_program_per_week', 'any_per_day')),
    target_count       INTEGER NOT NULL CHECK (target_count > 0),
    status             TEXT    NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'active', 'closed')),
    created_at         TEXT    NOT NULL,
    updated_at         TEXT    NOT NULL
);

CREATE TABLE campaign_program (
    campaign_id  INTEGER NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
    program_id   INTEGER NOT NULL REFERENCES program (id),
    PRIMARY KEY (campaign_id, program_id)
);

-- A target is either a whole org subtree or one station.
CREATE TABLE campaign_target (
    campaign_id  INTEGER NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
    org_unit_id  INTEGER REFERENCES org_unit (id),
    station_id   INTEGER REFERENCES station (id),
    CHECK ((org_unit_id IS NULL) <> (station_id IS NULL))
);

CREATE TABLE campaign_window (
    campaign_id   INTEGER NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
    start_minute  INTEGER NOT NULL,
    end_minute    INTEGER NOT NULL
);

CREATE TABLE urgent_notice (
    id                INTEGER PRIMARY KEY,
    title             TEXT    NOT NULL,
    program_id        INTEGER NOT NULL REFERENCES program (id),
    issued_by_unit_id INTEGER NOT NULL REFERENCES org_unit (id),
    air_at            TEXT,
    override_windows  INTEGER NOT NULL DEFAULT 0,
    repeat_count      INTEGER NOT NULL DEFAULT 1,
    repeat_interval_s INTEGER NOT NULL DEFAULT 0,
    issued_at         TEXT    NOT NULL,
    cancelled_at      TEXT
);

CREATE TABLE urgent_notice_target (
    notice_id    INTEGER NOT NULL REFERENCES urgent_notice (id) ON DELETE CASCADE,
    org_unit_id  INTEGER REFERENCES org_unit (id),
    station_id   INTEGER REFERENCES station (id),
    CHECK ((org_unit_id IS NULL) <> (station_id IS NULL))
);

CREATE TABLE schedule (
    station_id    INTEGER NOT NULL REFERENCES station (id),
    day           TEXT    NOT NULL,
    version       INTEGER NOT NULL,
    etag          TEXT    NOT NULL,
    published_at  TEXT    NOT NULL,
    PRIMARY KEY (station_id, day)
);

CREATE TABLE schedule_item (
    id              INTEGER PRIMARY KEY,
    station_id      INTEGER NOT NULL REFERENCES station (id),
    day             TEXT    NOT NULL,
    position        INTEGER NOT NULL,
    planned_start   TEXT    NOT NULL,
    duration_ms     INTEGER NOT NULL,
    program_id      INTEGER NOT NULL REFERENCES program (id),
    content_sha256  TEXT    NOT NULL,
    campaign_id     INTEGER REFERENCES campaign (id),
    notice_id       INTEGER REFERENCES urgent_notice (id),
    reason          TEXT    NOT NULL,
    UNIQUE (station_id, day, position)
);

CREATE TABLE as_run_record (
    id              INTEGER PRIMARY KEY,
    station_id      INTEGER NOT NULL REFERENCES station (id),
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
    UNIQUE (station_id, sequence)
);

CREATE TABLE heartbeat (
    id               INTEGER PRIMARY KEY,
    station_id       INTEGER NOT NULL REFERENCES station (id),
    received_at      TEXT    NOT NULL,
    agent_version    TEXT,
    clock_offset_ms  INTEGER,
    free_disk_bytes  INTEGER,
    cache_state      TEXT,
    audio_state      TEXT,
    last_error       TEXT
);
CREATE INDEX heartbeat_station_time ON heartbeat (station_id, received_at);

CREATE TABLE app_user (
    id                     INTEGER PRIMARY KEY,
    username               TEXT    NOT NULL UNIQUE,
    display_name           TEXT    NOT NULL,
    password_hash          TEXT    NOT NULL,
    role                   TEXT    NOT NULL CHECK (role IN ('admin', 'planner', 'operator', 'supervisor')),
    scope_org_unit_id      INTEGER REFERENCES org_unit (id),
    must_change_password   INTEGER NOT NULL DEFAULT 1,
    disabled               INTEGER NOT NULL DEFAULT 0,
    created_at             TEXT    NOT NULL
);

-- Enrolment codes and agent tokens; only hashes are stored.
CREATE TABLE station_credential (
    id            INTEGER PRIMARY KEY,
    station_id    INTEGER NOT NULL REFERENCES station (id),
    kind          TEXT    NOT NULL CHECK (kind IN ('enrolment_code', 'token')),
    secret_hash   TEXT    NOT NULL UNIQUE,
    created_at    TEXT    NOT NULL,
    expires_at    TEXT,
    used_at       TEXT,
    revoked_at    TEXT,
    last_used_at  TEXT
);

CREATE TABLE audit_log (
    id              INTEGER PRIMARY KEY,
    at              TEXT    NOT NULL,
    actor_kind      TEXT    NOT NULL CHECK (actor_kind IN ('user', 'station', 'system')),
    actor_id        TEXT,
    action          TEXT    NOT NULL,
    object_type     TEXT    NOT NULL,
    object_id       TEXT,
    summary         TEXT,
    remote_address  TEXT
);
