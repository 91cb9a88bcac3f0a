-- Programs as ingest makes them (issue 4). V1's program tables held no rows yet, so they are
-- rebuilt rather than altered (SQLite cannot change a CHECK constraint in place).

DROP TABLE program_rendition;
DROP TABLE program;

CREATE TABLE program (
    id                    INTEGER PRIMARY KEY,
    title                 TEXT    NOT NULL,
    topic                 TEXT,
    producing_unit_code   TEXT    NOT NULL,
    language              TEXT    NOT NULL DEFAULT 'vi',
    kind                  TEXT    NOT NULL DEFAULT 'program' CHECK (kind IN ('program', 'urgent_notice')),
    -- processing -> ready (the draft a planner reviews) | rejected; ready -> approved -> retired
    status                TEXT    NOT NULL DEFAULT 'processing'
                          CHECK (status IN ('processing', 'rejected', 'ready', 'approved', 'retired')),
    valid_from            TEXT,
    valid_to              TEXT,
    source_name           TEXT,
    source_size_bytes     INTEGER,
    source_sha256         TEXT,
    source_format         TEXT,
    source_tags           TEXT,
    duration_waiver       TEXT,
    rejection_code        TEXT,
    rejection_message     TEXT,
    rejection_message_en  TEXT,
    created_by            TEXT,
    created_at            TEXT    NOT NULL,
    updated_at            TEXT    NOT NULL
);
CREATE INDEX program_unit ON program (producing_unit_code);
CREATE INDEX program_status ON program (status);
CREATE INDEX program_source ON program (source_sha256);

-- One broadcast rendition per program; the file lives in the media folder under its SHA-256.
CREATE TABLE program_rendition (
    program_id              INTEGER PRIMARY KEY REFERENCES program (id),
    content_sha256          TEXT    NOT NULL,
    media_type              TEXT    NOT NULL,
    size_bytes              INTEGER NOT NULL,
    duration_ms             INTEGER NOT NULL,
    source_duration_ms      INTEGER NOT NULL,
    loudness_before_lufs    REAL,
    true_peak_before_dbtp   REAL,
    loudness_after_lufs     REAL,
    true_peak_after_dbtp    REAL,
    loudness_range_lu       REAL,
    created_at              TEXT    NOT NULL
);
CREATE INDEX program_rendition_hash ON program_rendition (content_sha256);
