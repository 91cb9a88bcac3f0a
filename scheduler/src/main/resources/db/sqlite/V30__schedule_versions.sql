-- What an agent's schedule answer is made of changed: the server answers "unchanged" (304) to a poll from
-- memory only while no row here moved (issue 21). One row per station, and station 0 for changes that reach
-- every station (a program's title, a campaign's name, a province's horizon, the fallback's inheritance).
-- version is one sequence over all rows, so a reader can ask "what changed after N".
CREATE TABLE schedule_version (
    station_id  INTEGER PRIMARY KEY,
    version     INTEGER NOT NULL
);
CREATE INDEX schedule_version_by_version ON schedule_version (version);

-- the published days, their items and relays, and what of a station its agent reads
CREATE TRIGGER schedule_version_day AFTER INSERT ON schedule BEGIN
    INSERT INTO schedule_version (station_id, version)
    VALUES (NEW.station_id, (SELECT COALESCE(MAX(version), 0) + 1 FROM schedule_version))
    ON CONFLICT (station_id) DO UPDATE SET version = excluded.version;
END;
CREATE TRIGGER schedule_version_day_again AFTER UPDATE ON schedule BEGIN
    INSERT INTO schedule_version (station_id, version)
    VALUES (NEW.station_id, (SELECT COALESCE(MAX(version), 0) + 1 FROM schedule_version))
    ON CONFLICT (station_id) DO UPDATE SET version = excluded.version;
END;
CREATE TRIGGER schedule_version_item AFTER INSERT ON schedule_item BEGIN
    INSERT INTO schedule_version (station_id, version)
    VALUES (NEW.station_id, (SELECT COALESCE(MAX(version), 0) + 1 FROM schedule_version))
    ON CONFLICT (station_id) DO UPDATE SET version = excluded.version;
END;
-- not delivered_at: a poll that carries a notice writes it, and the answer does not hold it
CREATE TRIGGER schedule_version_item_again AFTER UPDATE OF day, position, planned_start, duration_ms, program_id,
    content_sha256, campaign_id, notice_id, reason, withdrawn_at, withdrawn_reason ON schedule_item BEGIN
    INSERT INTO schedule_version (station_id, version)
    VALUES (NEW.station_id, (SELECT COALESCE(MAX(version), 0) + 1 FROM schedule_version))
    ON CONFLICT (station_id) DO UPDATE SET version = excluded.version;
END;
CREATE TRIGGER schedule_version_relay AFTER INSERT ON schedule_relay BEGIN
    INSERT INTO schedule_version (station_id, version)
    VALUES (NEW.station_id, (SELECT COALESCE(MAX(version), 0) + 1 FROM schedule_version))
    ON CONFLICT (station_id) DO UPDATE SET version = excluded.version;
END;
CREATE TRIGGER schedule_version_relay_again AFTER UPDATE ON schedule_relay BEGIN
    INSERT INTO schedule_version (station_id, version)
    VALUES (NEW.station_id, (SELECT COALESCE(MAX(version), 0) + 1 FROM schedule_version))
    ON CONFLICT (station_id) DO UPDATE SET version = excluded.version;
END;
-- not last_heartbeat_at or state: every heartbeat writes those, and the answer does not hold them
CREATE TRIGGER schedule_version_station AFTER UPDATE OF time_zone, merged_into_station_id ON station BEGIN
    INSERT INTO schedule_version (station_id, version)
    VALUES (NEW.id, (SELECT COALESCE(MAX(version), 0) + 1 FROM schedule_version))
    ON CONFLICT (station_id) DO UPDATE SET version = excluded.version;
END;
CREATE TRIGGER schedule_version_window AFTER INSERT ON station_window BEGIN
    INSERT INTO schedule_version (station_id, version)
    VALUES (NEW.station_id, (SELECT COALESCE(MAX(version), 0) + 1 FROM schedule_version))
    ON CONFLICT (station_id) DO UPDATE SET version = excluded.version;
END;
CREATE TRIGGER schedule_version_window_gone AFTER DELETE ON station_window BEGIN
    INSERT INTO schedule_version (station_id, version)
    VALUES (OLD.station_id, (SELECT COALESCE(MAX(version), 0) + 1 FROM schedule_version))
    ON CONFLICT (station_id) DO UPDATE SET version = excluded.version;
END;

-- changes that reach every station's answer: station 0
CREATE TRIGGER schedule_version_fallback AFTER INSERT ON fallback_program BEGIN
    INSERT INTO schedule_version (station_id, version) VALUES (0, (SELECT COALESCE(MAX(version), 0) + 1 FROM schedule_version))
    ON CONFLICT (station_id) DO UPDATE SET version = excluded.version;
END;
CREATE TRIGGER schedule_version_fallback_gone AFTER DELETE ON fallback_program BEGIN
    INSERT INTO schedule_version (station_id, version) VALUES (0, (SELECT COALESCE(MAX(version), 0) + 1 FROM schedule_version))
    ON CONFLICT (station_id) DO UPDATE SET version = excluded.version;
END;
CREATE TRIGGER schedule_version_program AFTER UPDATE OF title ON program BEGIN
    INSERT INTO schedule_version (station_id, version) VALUES (0, (SELECT COALESCE(MAX(version), 0) + 1 FROM schedule_version))
    ON CONFLICT (station_id) DO UPDATE SET version = excluded.version;
END;
CREATE TRIGGER schedule_version_rendition AFTER INSERT ON program_rendition BEGIN
    INSERT INTO schedule_version (station_id, version) VALUES (0, (SELECT COALESCE(MAX(version), 0) + 1 FROM schedule_version))
    ON CONFLICT (station_id) DO UPDATE SET version = excluded.version;
END;
CREATE TRIGGER schedule_version_rendition_again AFTER UPDATE OF content_sha256, duration_ms ON program_rendition BEGIN
    INSERT INTO schedule_version (station_id, version) VALUES (0, (SELECT COALESCE(MAX(version), 0) + 1 FROM schedule_version))
    ON CONFLICT (station_id) DO UPDATE SET version = excluded.version;
END;
CREATE TRIGGER schedule_version_rendition_gone AFTER DELETE ON program_rendition BEGIN
    INSERT INTO schedule_version (station_id, version) VALUES (0, (SELECT COALESCE(MAX(version), 0) + 1 FROM schedule_version))
    ON CONFLICT (station_id) DO UPDATE SET version = excluded.version;
END;
CREATE TRIGGER schedule_version_campaign AFTER UPDATE OF name ON campaign BEGIN
    INSERT INTO schedule_version (station_id, version) VALUES (0, (SELECT COALESCE(MAX(version), 0) + 1 FROM schedule_version))
    ON CONFLICT (station_id) DO UPDATE SET version = excluded.version;
END;
CREATE TRIGGER schedule_version_notice AFTER UPDATE OF title ON urgent_notice BEGIN
    INSERT INTO schedule_version (station_id, version) VALUES (0, (SELECT COALESCE(MAX(version), 0) + 1 FROM schedule_version))
    ON CONFLICT (station_id) DO UPDATE SET version = excluded.version;
END;
CREATE TRIGGER schedule_version_source AFTER UPDATE OF name, url, fallback_program_id ON relay_source BEGIN
    INSERT INTO schedule_version (station_id, version) VALUES (0, (SELECT COALESCE(MAX(version), 0) + 1 FROM schedule_version))
    ON CONFLICT (station_id) DO UPDATE SET version = excluded.version;
END;
CREATE TRIGGER schedule_version_horizon AFTER INSERT ON province_setting BEGIN
    INSERT INTO schedule_version (station_id, version) VALUES (0, (SELECT COALESCE(MAX(version), 0) + 1 FROM schedule_version))
    ON CONFLICT (station_id) DO UPDATE SET version = excluded.version;
END;
CREATE TRIGGER schedule_version_horizon_again AFTER UPDATE OF horizon_days ON province_setting BEGIN
    INSERT INTO schedule_version (station_id, version) VALUES (0, (SELECT COALESCE(MAX(version), 0) + 1 FROM schedule_version))
    ON CONFLICT (station_id) DO UPDATE SET version = excluded.version;
END;
CREATE TRIGGER schedule_version_tree AFTER UPDATE OF parent_id ON org_unit BEGIN
    INSERT INTO schedule_version (station_id, version) VALUES (0, (SELECT COALESCE(MAX(version), 0) + 1 FROM schedule_version))
    ON CONFLICT (station_id) DO UPDATE SET version = excluded.version;
END;

-- A station token found live is trusted for a few seconds by the poll answered from memory (issue 21); a token
-- revoked, deleted or moved to another station, site or enrolment (a merger) is noted here, and the server
-- forgets what it trusted when a row arrives.
CREATE TABLE token_change (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    credential_id  INTEGER NOT NULL
);
CREATE TRIGGER token_revoked AFTER UPDATE OF revoked_at ON station_credential
WHEN NEW.kind = 'token' AND NEW.revoked_at IS NOT NULL AND OLD.revoked_at IS NULL BEGIN
    INSERT INTO token_change (credential_id) VALUES (NEW.id);
END;
CREATE TRIGGER token_moved AFTER UPDATE OF station_id, site_id, enrolment_id ON station_credential
WHEN NEW.kind = 'token' BEGIN
    INSERT INTO token_change (credential_id) VALUES (NEW.id);
END;
CREATE TRIGGER token_deleted AFTER DELETE ON station_credential WHEN OLD.kind = 'token' BEGIN
    INSERT INTO token_change (credential_id) VALUES (OLD.id);
END;
