-- Uploaded files (evidence of revisions and records). The bytes live in the database itself, in chunks, so every
-- server behind the load balancer reads the same file, a backup carries them, and a transaction that fails leaves no
-- orphan on a disk. Each distinct content is stored once, found by its SHA-256.

CREATE TABLE file_blobs (
  id {{id}},
  sha256 TEXT NOT NULL,
  size BIGINT NOT NULL,
  created_at TEXT NOT NULL,
  CHECK (size >= 0)
);
CREATE UNIQUE INDEX file_blobs_sha256 ON file_blobs (sha256, size);

-- @sqlite
CREATE TABLE file_chunks (
  blob_id BIGINT NOT NULL REFERENCES file_blobs(id),
  seq INTEGER NOT NULL,
  data BLOB NOT NULL,
  PRIMARY KEY (blob_id, seq)
);
-- @postgresql
CREATE TABLE file_chunks (
  blob_id BIGINT NOT NULL REFERENCES file_blobs(id),
  seq INTEGER NOT NULL,
  data BYTEA NOT NULL,
  PRIMARY KEY (blob_id, seq)
);
-- @all

-- A file attached to something that owns it: a document revision or a record. Attachments of a draft can be
-- removed (marked, the row stays); those of a revision under review or later, and of records, never change.
CREATE TABLE attachments (
  id {{id}},
  owner_type TEXT NOT NULL,
  owner_id BIGINT NOT NULL,
  blob_id BIGINT NOT NULL REFERENCES file_blobs(id),
  file_name TEXT NOT NULL,
  media_type TEXT NOT NULL,
  size BIGINT NOT NULL,
  sha256 TEXT NOT NULL,
  extracted_text TEXT NOT NULL DEFAULT '',
  uploaded_by BIGINT REFERENCES users(id),
  uploaded_at TEXT NOT NULL,
  removed_at TEXT,
  CHECK (owner_type IN ('revision', 'record', 'checklist_line'))
);
CREATE INDEX attachments_owner ON attachments (owner_type, owner_id, id);
