-- Internal audits (ISO 9001 9.2, ISO 21001 9.2): yearly programmes of a unit's subtree, audits of a unit with their
-- lead auditor and team, the clauses of either standard they cover, and the integrated checklist whose lines each
-- answer one clause or a pair of "equal" clauses of the two standards, with the nonconformity or improvement a
-- finding raised. The code base has no process register yet, so audits cover units and clauses.

CREATE TABLE audit_programmes (
  id {{id}},
  unit_id BIGINT NOT NULL REFERENCES units(id),
  year INTEGER NOT NULL,
  title TEXT NOT NULL,
  objectives TEXT NOT NULL DEFAULT '',
  version BIGINT NOT NULL DEFAULT 1,
  created_by BIGINT REFERENCES users(id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  archived_at TEXT,
  CHECK (year BETWEEN 2000 AND 2100)
);
CREATE UNIQUE INDEX audit_programmes_unit_year ON audit_programmes (unit_id, year);

CREATE TABLE audits (
  id {{id}},
  programme_id BIGINT NOT NULL REFERENCES audit_programmes(id),
  unit_id BIGINT NOT NULL REFERENCES units(id),
  title TEXT NOT NULL,
  type TEXT NOT NULL,
  status TEXT NOT NULL,
  lead_auditor_id BIGINT NOT NULL REFERENCES users(id),
  planned_start TEXT NOT NULL,
  planned_end TEXT NOT NULL,
  agenda TEXT NOT NULL DEFAULT '',
  summary TEXT,
  version BIGINT NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  closed_at TEXT,
  archived_at TEXT,
  CHECK (type IN ('internal', 'second_party')),
  CHECK (status IN ('planned', 'in_progress', 'reported', 'closed')),
  CHECK (planned_end >= planned_start),
  CHECK ((status = 'closed') = (closed_at IS NOT NULL))
);
CREATE INDEX audits_unit ON audits (unit_id, archived_at, id);
CREATE INDEX audits_programme ON audits (programme_id, id);

CREATE TABLE audit_team (
  audit_id BIGINT NOT NULL REFERENCES audits(id),
  user_id BIGINT NOT NULL REFERENCES users(id),
  PRIMARY KEY (audit_id, user_id)
);

CREATE TABLE audit_clauses (
  audit_id BIGINT NOT NULL REFERENCES audits(id),
  clause_id BIGINT NOT NULL REFERENCES clauses(id),
  PRIMARY KEY (audit_id, clause_id)
);
CREATE INDEX audit_clauses_clause ON audit_clauses (clause_id, audit_id);

CREATE TABLE checklist_lines (
  id {{id}},
  audit_id BIGINT NOT NULL REFERENCES audits(id),
  position INTEGER NOT NULL,
  question TEXT NOT NULL DEFAULT '',
  result TEXT,
  evidence TEXT NOT NULL DEFAULT '',
  -- what a nonconformity or an opportunity for improvement found here says, and the record it raised
  finding TEXT,
  nonconformity_id BIGINT REFERENCES nonconformities(id),
  improvement_id BIGINT REFERENCES improvements(id),
  version BIGINT NOT NULL DEFAULT 1,
  updated_at TEXT NOT NULL,
  CHECK (result IS NULL OR result IN ('conforming', 'major_nonconformity', 'minor_nonconformity', 'observation',
                                      'opportunity_for_improvement', 'not_audited'))
);
CREATE UNIQUE INDEX checklist_lines_position ON checklist_lines (audit_id, position);

-- The one or two clauses (one per standard, "equal" to each other) a checklist line answers.
CREATE TABLE checklist_line_clauses (
  line_id BIGINT NOT NULL REFERENCES checklist_lines(id),
  clause_id BIGINT NOT NULL REFERENCES clauses(id),
  PRIMARY KEY (line_id, clause_id)
);
