-- The console's language per user (Vietnamese by default, English on request), kept on the server so
-- a supervisor who chose English on the office PC finds it again on the phone.

CREATE TABLE user_preference (
    user_id   INTEGER PRIMARY KEY REFERENCES app_user (id) ON DELETE CASCADE,
    language  TEXT    NOT NULL CHECK (language IN ('vi', 'en'))
);
