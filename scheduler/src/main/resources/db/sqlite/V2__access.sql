-- Users, sessions, login throttling, station credentials and an append-only audit log (issue 3).

ALTER TABLE app_user ADD COLUMN password_changed_at TEXT;
ALTER TABLE app_user ADD COLUMN language TEXT NOT NULL DEFAULT 'vi';

-- Console sessions live in the store, so they survive a restart and any scheduler instance can
-- serve them. Only the SHA-256 of the cookie value is kept.
CREATE TABLE user_session (
    id_hash        TEXT    PRIMARY KEY,
    user_id        INTEGER NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    csrf_token     TEXT    NOT NULL,
    created_at     TEXT    NOT NULL,
    last_seen_at   TEXT    NOT NULL,
    remote_address TEXT
);
CREATE INDEX user_session_user ON user_session (user_id);

-- Consecutive failed logins per account ('user:<name>') and per address ('addr:<ip>').
CREATE TABLE login_failure (
    key           TEXT    PRIMARY KEY,
    failures      INTEGER NOT NULL,
    last_at       TEXT    NOT NULL,
    locked_until  TEXT
);

CREATE INDEX station_credential_station ON station_credential (station_id);

ALTER TABLE audit_log ADD COLUMN actor_name TEXT;
-- The code of the org unit the changed object belongs to, so supervisors read only their subtree's
-- entries. A code, not a foreign key: the log must outlive the units it speaks of.
ALTER TABLE audit_log ADD COLUMN org_unit_code TEXT;
CREATE INDEX audit_log_at ON audit_log (at);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
