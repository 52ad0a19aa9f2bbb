-- MinHash signatures and LSH band keys for near-duplicate detection.
ALTER TABLE documents ADD COLUMN signature BLOB;
CREATE INDEX documents_duplicate_of ON documents(duplicate_of);

CREATE TABLE document_bands (
    band_key INTEGER NOT NULL,
    doc_id   TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    PRIMARY KEY (band_key, doc_id)
) WITHOUT ROWID;
