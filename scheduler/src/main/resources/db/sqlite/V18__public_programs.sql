-- Programs on the portal (issue 19). Nothing is public unless a planner makes it so: a program itself, or a
-- whole campaign (then its approved programs). Retiring a program, or unpublishing, takes it off every page
-- and feed at once, since pages and feeds are built from these columns on each request.
ALTER TABLE program ADD COLUMN public_at TEXT;
ALTER TABLE campaign ADD COLUMN public_at TEXT;

-- Listens on the portal, per program and day: counts only, no address, no cookie, nothing personal.
CREATE TABLE public_listen (
    program_id  INTEGER NOT NULL REFERENCES program (id),
    day         TEXT    NOT NULL,
    plays       INTEGER NOT NULL DEFAULT 0,
    downloads   INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (program_id, day)
);
