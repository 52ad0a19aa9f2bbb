-- Per-document results of later stages (e.g. extraction), cached as JSON and replaced atomically.
CREATE TABLE results (
    doc_id           TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    stage            TEXT NOT NULL,
    pipeline_version TEXT NOT NULL,
    json             TEXT NOT NULL,
    PRIMARY KEY (doc_id, stage)
) WITHOUT ROWID;
