-- Documents, runs and their failures.
CREATE TABLE documents (
    id                 TEXT PRIMARY KEY NOT NULL,   -- DocumentId.FromText of the normalised text
    origin             TEXT NOT NULL,               -- path or URL as given
    url                TEXT,
    title              TEXT,
    publisher          TEXT,
    published          TEXT,                        -- yyyy-MM-dd
    published_inferred INTEGER NOT NULL DEFAULT 0,  -- 1 when inferred from the text
    language           TEXT,
    format             TEXT NOT NULL,
    text               TEXT NOT NULL,               -- evidence offsets point into this
    raw                BLOB,                        -- the raw input bytes
    raw_encoding       TEXT,
    duplicate_of       TEXT REFERENCES documents(id),
    added_at           TEXT NOT NULL                -- ISO 8601
);
CREATE INDEX documents_published ON documents(published);

CREATE TABLE runs (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    command      TEXT NOT NULL,
    started_at   TEXT NOT NULL,
    finished_at  TEXT,
    read         INTEGER,
    added        INTEGER,
    duplicates   INTEGER,
    near_duplicates INTEGER,
    failed       INTEGER
);

CREATE TABLE failures (
    id      INTEGER PRIMARY KEY AUTOINCREMENT,
    run_id  INTEGER NOT NULL REFERENCES runs(id),
    input   TEXT NOT NULL,
    reason  TEXT NOT NULL,
    at      TEXT NOT NULL
);
CREATE INDEX failures_run ON failures(run_id);
