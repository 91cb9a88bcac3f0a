-- The reference fingerprint of every rendition (issue 20): what an airing's captured sound is matched against.
-- Keyed by the rendition's content (programs sharing an upload share it); the algorithm named, so a later one can
-- live beside it.
CREATE TABLE rendition_fingerprint (
    content_sha256  TEXT    NOT NULL,
    algorithm       TEXT    NOT NULL,
    words           BLOB    NOT NULL,
    reliable        BLOB    NOT NULL,
    seconds         REAL    NOT NULL,
    created_at      TEXT    NOT NULL,
    PRIMARY KEY (content_sha256, algorithm)
);
