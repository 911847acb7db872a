-- Certification readiness: each unit's self-assessment of the requirement clauses of either standard (not started,
-- partial, implemented, verified) with a comment and who made it when. One row per unit and clause; the history of
-- every change is in the audit trail. An assessment counts for the clause "equal" to it in the other standard too.

CREATE TABLE readiness_assessments (
  id {{id}},
  unit_id BIGINT NOT NULL REFERENCES units(id),
  clause_id BIGINT NOT NULL REFERENCES clauses(id),
  status TEXT NOT NULL,
  comment TEXT NOT NULL DEFAULT '',
  assessed_by BIGINT REFERENCES users(id),
  -- the assessor's name when assessing, as the audit trail keeps it
  assessed_by_name TEXT NOT NULL DEFAULT '',
  assessed_at TEXT NOT NULL,
  version BIGINT NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  CHECK (status IN ('not_started', 'partial', 'implemented', 'verified'))
);
CREATE UNIQUE INDEX readiness_assessments_unit_clause ON readiness_assessments (unit_id, clause_id);
