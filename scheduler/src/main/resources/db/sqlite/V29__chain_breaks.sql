-- Where a station's signed chain breaks, noted as each record arrives (issue 20): a record whose "previous" names no
-- record the server holds of that station (one missing before it, or one altered or out of order). One probe per
-- record at ingest, so the dashboard can list the stations whose chain breaks without walking every chain; the
-- station's page and verify-log walk the whole chain and also find a record changed after it arrived. A record that
-- arrives late and is the one named clears the break.
CREATE TABLE chain_break (
    station_id  INTEGER NOT NULL REFERENCES station (id),
    public_key  TEXT    NOT NULL,
    sequence    INTEGER NOT NULL,
    prev_hash   TEXT    NOT NULL,
    found_at    TEXT    NOT NULL,
    PRIMARY KEY (station_id, public_key, sequence)
);
CREATE INDEX chain_break_prev ON chain_break (station_id, prev_hash);

CREATE INDEX as_run_record_hash ON as_run_record (station_id, record_hash) WHERE record_hash IS NOT NULL;
CREATE INDEX as_run_refused_hash ON as_run_refused (station_id, record_hash);
