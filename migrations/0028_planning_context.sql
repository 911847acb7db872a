-- The context of the organisation (ISO 21001 / ISO 9001 clause 4) kept as registers per unit.
--
-- Context issues (4.1): internal and external issues, each of a category (the category decides whether it is
-- internal or external), with its effect on the intended results (positive or negative), the processes it touches
-- and the clauses it answers (JSON arrays of ids, checked through their modules when written), a review date and
-- every earlier version in context_issue_versions. ISO records are never deleted: an issue is archived.
CREATE TABLE context_issues (
  id {{id}},
  unit_id BIGINT NOT NULL REFERENCES units(id),
  title TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  kind TEXT NOT NULL,
  category TEXT NOT NULL,
  effect TEXT NOT NULL,
  process_ids TEXT NOT NULL DEFAULT '[]',
  clause_ids TEXT NOT NULL DEFAULT '[]',
  review_date TEXT,
  -- title and description accent-folded and in lower case, for the text filter
  search_text TEXT NOT NULL DEFAULT '',
  version BIGINT NOT NULL DEFAULT 1,
  created_by BIGINT REFERENCES users(id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  archived_at TEXT,
  CHECK (kind IN ('internal', 'external')),
  CHECK (effect IN ('positive', 'negative'))
);
CREATE INDEX context_issues_unit ON context_issues (unit_id, id);

-- Each version an update replaced, as the API showed it, with who replaced it and when.
CREATE TABLE context_issue_versions (
  issue_id BIGINT NOT NULL REFERENCES context_issues(id),
  version BIGINT NOT NULL,
  snapshot TEXT NOT NULL,
  replaced_by BIGINT REFERENCES users(id),
  replaced_at TEXT NOT NULL,
  PRIMARY KEY (issue_id, version)
);

-- Interested parties (4.2): the classification is data. ISO 21001 makes learners, other beneficiaries (parents,
-- employers, society) and staff mandatory: every unit starts with a party of each mandatory class (a new unit in
-- the transaction that creates it, the units that exist here and now below, without an audit entry of their
-- own, since the trail records what people and the running system did).
CREATE TABLE party_classes (
  code TEXT PRIMARY KEY,
  position INTEGER NOT NULL,
  mandatory INTEGER NOT NULL,
  name_vi TEXT NOT NULL,
  name_en TEXT NOT NULL
);
INSERT INTO party_classes (code, position, mandatory, name_vi, name_en) VALUES
  ('learners', 1, 1, 'Người học', 'Learners'),
  ('parents', 2, 1, 'Cha mẹ học sinh', 'Parents and guardians'),
  ('employers', 3, 1, 'Nhà tuyển dụng', 'Employers'),
  ('society', 4, 1, 'Cộng đồng xã hội', 'Society'),
  ('staff', 5, 1, 'Cán bộ, giáo viên, nhân viên', 'Staff'),
  ('authorities', 6, 0, 'Cơ quan quản lý nhà nước', 'Authorities and regulators'),
  ('partners', 7, 0, 'Đối tác', 'Partners'),
  ('suppliers', 8, 0, 'Nhà cung cấp', 'Suppliers'),
  ('alumni', 9, 0, 'Cựu học sinh', 'Alumni'),
  ('other', 10, 0, 'Khác', 'Other');

-- A party's needs and expectations and the relevance decision: relevant or not, and why. A party of a mandatory
-- class is always relevant and is never archived.
CREATE TABLE interested_parties (
  id {{id}},
  unit_id BIGINT NOT NULL REFERENCES units(id),
  class_code TEXT NOT NULL REFERENCES party_classes(code),
  name TEXT NOT NULL,
  needs TEXT NOT NULL DEFAULT '',
  relevant INTEGER NOT NULL DEFAULT 1,
  relevance_reason TEXT NOT NULL DEFAULT '',
  version BIGINT NOT NULL DEFAULT 1,
  created_by BIGINT REFERENCES users(id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  archived_at TEXT
);
CREATE INDEX interested_parties_unit ON interested_parties (unit_id, id);

-- A requirement of a party: whether the organisation takes it on, whether it is a compliance obligation (a
-- ministry circular, say, with its reference) and how it is monitored.
CREATE TABLE party_requirements (
  id {{id}},
  party_id BIGINT NOT NULL REFERENCES interested_parties(id),
  text TEXT NOT NULL,
  adopted INTEGER NOT NULL DEFAULT 1,
  compliance_obligation INTEGER NOT NULL DEFAULT 0,
  obligation_reference TEXT NOT NULL DEFAULT '',
  monitoring TEXT NOT NULL,
  monitoring_note TEXT NOT NULL DEFAULT '',
  version BIGINT NOT NULL DEFAULT 1,
  created_by BIGINT REFERENCES users(id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  archived_at TEXT,
  CHECK (monitoring IN ('survey', 'meeting', 'complaint_channel', 'report', 'inspection', 'other'))
);
CREATE INDEX party_requirements_party ON party_requirements (party_id, id);

-- @sqlite
INSERT INTO interested_parties (unit_id, class_code, name, created_at, updated_at)
  SELECT u.id, c.code, c.name_vi, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
  FROM units u CROSS JOIN party_classes c WHERE c.mandatory = 1 ORDER BY u.id, c.position;
-- @postgresql
INSERT INTO interested_parties (unit_id, class_code, name, created_at, updated_at)
  SELECT u.id, c.code, c.name_vi, to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
         to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
  FROM units u CROSS JOIN party_classes c WHERE c.mandatory = 1 ORDER BY u.id, c.position;
-- @all

-- The scope of a unit (4.3): one row per unit once declared, its sites and products and services as JSON arrays of
-- text; each clause declared not applicable with its justification. Excluded clauses leave the unit's readiness
-- denominator and show in its certification projects' scope. Every declaration is in the audit trail.
CREATE TABLE unit_scopes (
  unit_id BIGINT PRIMARY KEY REFERENCES units(id),
  statement_vi TEXT NOT NULL,
  statement_en TEXT NOT NULL,
  sites TEXT NOT NULL DEFAULT '[]',
  products TEXT NOT NULL DEFAULT '[]',
  version BIGINT NOT NULL,
  updated_by BIGINT REFERENCES users(id),
  updated_at TEXT NOT NULL
);
CREATE TABLE scope_exclusions (
  unit_id BIGINT NOT NULL REFERENCES unit_scopes(unit_id),
  clause_id BIGINT NOT NULL REFERENCES clauses(id),
  justification TEXT NOT NULL,
  PRIMARY KEY (unit_id, clause_id)
);

-- Planning of changes (6.3): what changes and why, its risks, the resources it needs, who is responsible, the
-- decision of top management, and the documents and processes it changes (JSON arrays of ids, checked through
-- their modules when written). Proposed, then approved or rejected by top management; an approved change is
-- marked implemented. Never deleted: archived.
CREATE TABLE planned_changes (
  id {{id}},
  unit_id BIGINT NOT NULL REFERENCES units(id),
  title TEXT NOT NULL,
  purpose TEXT NOT NULL DEFAULT '',
  risks TEXT NOT NULL DEFAULT '',
  resources TEXT NOT NULL DEFAULT '',
  responsibilities TEXT NOT NULL DEFAULT '',
  planned_on TEXT,
  document_ids TEXT NOT NULL DEFAULT '[]',
  process_ids TEXT NOT NULL DEFAULT '[]',
  status TEXT NOT NULL,
  decided_by BIGINT REFERENCES users(id),
  decided_at TEXT,
  decision_note TEXT NOT NULL DEFAULT '',
  version BIGINT NOT NULL DEFAULT 1,
  created_by BIGINT REFERENCES users(id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  archived_at TEXT,
  CHECK (status IN ('proposed', 'approved', 'rejected', 'implemented'))
);
CREATE INDEX planned_changes_unit ON planned_changes (unit_id, id);
