-- Nonconformities and corrective action (ISO 9001 10.2, ISO 21001 10.1): the nonconformity with its workflow and
-- the history of every step, the clauses it concerns, and the organisation's default due dates by severity.
-- Corrective actions are rows of `actions` whose source is ('nonconformity', its id).

CREATE TABLE nonconformities (
  id {{id}},
  unit_id BIGINT NOT NULL REFERENCES units(id),
  title TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  source TEXT NOT NULL,
  severity TEXT NOT NULL,
  status TEXT NOT NULL,
  detected_on TEXT NOT NULL,
  due_date TEXT NOT NULL,
  -- the earlier nonconformity of the same unit and clause within 12 months that makes this one a repeat
  repeat_of BIGINT REFERENCES nonconformities(id),
  correction TEXT,
  root_cause_method TEXT,
  -- the five whys or the cause categories, as a JSON array of strings
  root_cause_details TEXT,
  root_cause TEXT,
  effectiveness_criterion TEXT,
  verification_due TEXT,
  verifier_id BIGINT REFERENCES users(id),
  -- 1, then one more each time an ineffective verdict sends it back to root-cause analysis
  cycle INTEGER NOT NULL DEFAULT 1,
  reported_by BIGINT REFERENCES users(id),
  version BIGINT NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  closed_at TEXT,
  archived_at TEXT,
  CHECK (source IN ('internal_audit', 'external_audit', 'complaint', 'appeal', 'satisfaction_survey',
                    'process_indicator', 'other')),
  CHECK (severity IN ('major', 'minor')),
  CHECK (status IN ('reported', 'contained', 'cause_analysed', 'action_planned', 'implemented', 'verified',
                    'closed')),
  CHECK (root_cause_method IS NULL OR root_cause_method IN ('five_whys', 'categories')),
  CHECK ((status = 'closed') = (closed_at IS NOT NULL)),
  CHECK (due_date >= detected_on)
);
CREATE INDEX nonconformities_unit ON nonconformities (unit_id, archived_at, id);
CREATE INDEX nonconformities_status ON nonconformities (status, due_date);

CREATE TABLE nonconformity_clauses (
  nonconformity_id BIGINT NOT NULL REFERENCES nonconformities(id),
  clause_id BIGINT NOT NULL REFERENCES clauses(id),
  PRIMARY KEY (nonconformity_id, clause_id)
);
CREATE INDEX nonconformity_clauses_clause ON nonconformity_clauses (clause_id, nonconformity_id);

-- Every step of a nonconformity's workflow with what was decided, so a later cycle never erases an earlier one.
CREATE TABLE nonconformity_steps (
  id {{id}},
  nonconformity_id BIGINT NOT NULL REFERENCES nonconformities(id),
  action TEXT NOT NULL,
  from_status TEXT NOT NULL,
  to_status TEXT NOT NULL,
  cycle INTEGER NOT NULL,
  user_id BIGINT REFERENCES users(id),
  comment TEXT NOT NULL DEFAULT '',
  details TEXT NOT NULL,
  at TEXT NOT NULL
);
CREATE INDEX nonconformity_steps_nonconformity ON nonconformity_steps (nonconformity_id, id);

-- The organisation's defaults: days from detection to the due date of a nonconformity, by severity.
CREATE TABLE nonconformity_due_days (
  severity TEXT PRIMARY KEY,
  days INTEGER NOT NULL,
  version BIGINT NOT NULL DEFAULT 1,
  updated_at TEXT NOT NULL,
  CHECK (severity IN ('major', 'minor')),
  CHECK (days BETWEEN 1 AND 365)
);
INSERT INTO nonconformity_due_days (severity, days, updated_at) VALUES ('major', 30, '2026-01-01T00:00:00.000Z');
INSERT INTO nonconformity_due_days (severity, days, updated_at) VALUES ('minor', 90, '2026-01-01T00:00:00.000Z');
