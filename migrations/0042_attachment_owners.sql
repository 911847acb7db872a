-- Files are also evidence of a person's competence (a diploma, an auditor's certificate), a training session's
-- materials, a recruitment's retained results (ISO 21001 7.1.2), a directive and each unit's answer to it. The owner
-- kinds are a CHECK of the attachments table: SQLite cannot change a CHECK in place, so there the table is rebuilt
-- with its rows and ids as they were (nothing references it).
-- @sqlite
CREATE TABLE attachments_widened (
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
  CHECK (owner_type IN ('revision', 'record', 'checklist_line', 'competence_holding', 'training_session',
                        'recruitment', 'directive', 'directive_answer'))
);
INSERT INTO attachments_widened (id, owner_type, owner_id, blob_id, file_name, media_type, size, sha256,
                                 extracted_text, uploaded_by, uploaded_at, removed_at)
  SELECT id, owner_type, owner_id, blob_id, file_name, media_type, size, sha256, extracted_text, uploaded_by,
         uploaded_at, removed_at FROM attachments;
DROP TABLE attachments;
ALTER TABLE attachments_widened RENAME TO attachments;
CREATE INDEX attachments_owner ON attachments (owner_type, owner_id, id);
-- @postgresql
ALTER TABLE attachments DROP CONSTRAINT attachments_owner_type_check;
ALTER TABLE attachments ADD CONSTRAINT attachments_owner_type_check
  CHECK (owner_type IN ('revision', 'record', 'checklist_line', 'competence_holding', 'training_session',
                        'recruitment', 'directive', 'directive_answer'));
