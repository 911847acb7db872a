-- The improvement register (ISO 21001 10.3, ISO 9001 10.3): opportunities for improvement from any source, with an
-- owner, the expected benefit, the decision and the outcome. Its actions are rows of `actions` whose source is
-- ('improvement', its id).

CREATE TABLE improvements (
  id {{id}},
  unit_id BIGINT NOT NULL REFERENCES units(id),
  title TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  source TEXT NOT NULL,
  owner_id BIGINT REFERENCES users(id),
  expected_benefit TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL,
  outcome TEXT,
  decision_comment TEXT,
  proposed_by BIGINT REFERENCES users(id),
  version BIGINT NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  closed_at TEXT,
  archived_at TEXT,
  CHECK (source IN ('internal_audit', 'external_audit', 'nonconformity', 'complaint', 'satisfaction_survey',
                    'suggestion', 'management_review', 'risk_assessment', 'process_indicator', 'other')),
  CHECK (status IN ('proposed', 'accepted', 'rejected', 'completed')),
  CHECK ((status IN ('rejected', 'completed')) = (closed_at IS NOT NULL)),
  CHECK (status <> 'completed' OR outcome IS NOT NULL)
);
CREATE INDEX improvements_unit ON improvements (unit_id, archived_at, id);
CREATE INDEX improvements_owner ON improvements (owner_id, id);
