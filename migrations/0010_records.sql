-- Records (retained documented information, ISO 9001 / ISO 21001 7.5.3): what was recorded, where and when, how long
-- it is kept, legal holds, and disposal after the retention period (the row stays, marked disposed).

CREATE TABLE records (
  id {{id}},
  unit_id BIGINT NOT NULL REFERENCES units(id),
  title TEXT NOT NULL,
  title_folded TEXT NOT NULL,
  category TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  recorded_on TEXT NOT NULL,
  retention_months INTEGER NOT NULL,
  retain_until TEXT NOT NULL,
  legal_hold INTEGER NOT NULL DEFAULT 0,
  legal_hold_reason TEXT NOT NULL DEFAULT '',
  owner_id BIGINT REFERENCES users(id),
  version BIGINT NOT NULL DEFAULT 1,
  created_by BIGINT REFERENCES users(id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  disposed_at TEXT,
  disposal_reason TEXT,
  CHECK (category IN ('attendance', 'assessment', 'audit_report', 'management_review', 'meeting_minutes',
                      'survey_result', 'training', 'complaint', 'other')),
  CHECK (retention_months BETWEEN 1 AND 1200),
  CHECK (legal_hold IN (0, 1)),
  CHECK ((disposed_at IS NULL) = (disposal_reason IS NULL))
);
CREATE INDEX records_unit ON records (unit_id, disposed_at, id);
CREATE INDEX records_retain_until ON records (retain_until);

CREATE TABLE record_clauses (
  record_id BIGINT NOT NULL REFERENCES records(id),
  clause_id BIGINT NOT NULL REFERENCES clauses(id),
  PRIMARY KEY (record_id, clause_id)
);
CREATE INDEX record_clauses_clause ON record_clauses (clause_id, record_id);
