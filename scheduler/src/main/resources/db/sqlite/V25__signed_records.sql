-- Signed, chained as-run records (issue 20). An agent makes an Ed25519 key pair when it enrols and registers the
-- public key with its enrolment; every record then names the hash of the record before it on that PC and is
-- signed over its canonical text (vn.loa.proof.AttestedRecord). A PC keeps its key when enrolled again, so its
-- chain goes on across its enrolments; a new PC starts a new chain.
CREATE TABLE enrolment_key (
    station_id     INTEGER NOT NULL REFERENCES station (id),
    enrolment_id   INTEGER NOT NULL,
    public_key     TEXT    NOT NULL,
    registered_at  TEXT    NOT NULL,
    PRIMARY KEY (station_id, enrolment_id)
);

ALTER TABLE as_run_record ADD COLUMN prev_hash TEXT;
ALTER TABLE as_run_record ADD COLUMN record_hash TEXT;
ALTER TABLE as_run_record ADD COLUMN signature TEXT;

-- A signed record the server refused (an item it no longer knows, a conflict): kept whole with its signature, so the
-- chain runs through it and an auditor can check it too, but it counts for nothing
CREATE TABLE as_run_refused (
    station_id     INTEGER NOT NULL REFERENCES station (id),
    enrolment_id   INTEGER NOT NULL,
    sequence       INTEGER NOT NULL,
    code           TEXT    NOT NULL,
    attested       TEXT    NOT NULL,
    prev_hash      TEXT    NOT NULL,
    record_hash    TEXT    NOT NULL,
    signature      TEXT    NOT NULL,
    received_at    TEXT    NOT NULL,
    PRIMARY KEY (station_id, enrolment_id, sequence)
);

-- A signed record stays as it arrived: the store refuses to change or delete it (as it refuses for the audit log);
-- whoever gets round this (by dropping the triggers) leaves a chain that no longer holds
CREATE TRIGGER as_run_sealed_no_update BEFORE UPDATE ON as_run_record WHEN OLD.signature IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'a signed as-run record cannot be changed');
END;

CREATE TRIGGER as_run_sealed_no_delete BEFORE DELETE ON as_run_record WHEN OLD.signature IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'a signed as-run record cannot be deleted');
END;
