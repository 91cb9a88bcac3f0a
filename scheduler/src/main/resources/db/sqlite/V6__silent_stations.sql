-- Silent stations (issue 7): which stations are silent now and since when, and the outgoing webhook
-- events announcing a station going silent or coming back, kept until delivered.

CREATE TABLE station_silence (
    station_id    INTEGER PRIMARY KEY REFERENCES station (id),
    silent_since  TEXT    NOT NULL,
    reason        TEXT    NOT NULL CHECK (reason IN ('no_heartbeat', 'no_airing')),
    marked_at     TEXT    NOT NULL
);

CREATE TABLE webhook_event (
    id               INTEGER PRIMARY KEY,
    kind             TEXT    NOT NULL,
    station_id       INTEGER REFERENCES station (id),
    payload          TEXT    NOT NULL,
    created_at       TEXT    NOT NULL,
    attempts         INTEGER NOT NULL DEFAULT 0,
    next_attempt_at  TEXT    NOT NULL,
    delivered_at     TEXT,
    last_error       TEXT
);

CREATE INDEX webhook_event_due ON webhook_event (delivered_at, next_attempt_at);
CREATE INDEX as_run_station_played ON as_run_record (station_id, outcome, actual_start);
