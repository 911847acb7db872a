-- Risks and opportunities (ISO 21001 / ISO 9001 clause 6.1): the organisation's rating matrix, the register, the
-- history of every rating, the heat map's counts, the nonconformities in which a risk materialised, and whether a
-- process's risk level is typed or comes from its register.

-- The organisation's choice of shipped matrix (data/risk_matrices/) and its overrides (JSON); no row: 5x5 as shipped.
CREATE TABLE risk_matrix_settings (
  id BIGINT PRIMARY KEY,
  matrix_code TEXT NOT NULL,
  overrides TEXT NOT NULL DEFAULT '{}',
  version BIGINT NOT NULL DEFAULT 1,
  updated_at TEXT NOT NULL,
  CHECK (id = 1)
);

CREATE TABLE risks (
  id {{id}},
  unit_id BIGINT NOT NULL REFERENCES units(id),
  process_id BIGINT REFERENCES processes(id),
  kind TEXT NOT NULL,
  source_kind TEXT NOT NULL,
  -- a process, context issue or party requirement; the process is checked through the processes module
  source_id BIGINT,
  title TEXT NOT NULL,
  cause TEXT NOT NULL DEFAULT '',
  consequence TEXT NOT NULL DEFAULT '',
  inherent_likelihood INTEGER NOT NULL,
  inherent_impact INTEGER NOT NULL,
  residual_likelihood INTEGER,
  residual_impact INTEGER,
  -- the residual rating once given, else the inherent: what the heat map, the level filter and the process use
  current_likelihood INTEGER NOT NULL,
  current_impact INTEGER NOT NULL,
  current_score INTEGER NOT NULL,
  owner_id BIGINT REFERENCES users(id),
  treatment TEXT,
  treatment_plan TEXT NOT NULL DEFAULT '',
  next_review_date TEXT,
  last_reviewed_on TEXT,
  version BIGINT NOT NULL DEFAULT 1,
  created_by BIGINT REFERENCES users(id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  archived_at TEXT,
  CHECK (kind IN ('risk', 'opportunity')),
  CHECK (source_kind IN ('process', 'context_issue', 'party_requirement', 'other')),
  CHECK (treatment IS NULL OR treatment IN ('avoid', 'reduce', 'share', 'accept', 'pursue', 'not_pursue')),
  CHECK ((residual_likelihood IS NULL) = (residual_impact IS NULL))
);
CREATE INDEX risks_unit ON risks (unit_id, archived_at, id);
CREATE INDEX risks_process ON risks (process_id, id);
CREATE INDEX risks_source ON risks (source_kind, source_id);

-- Every rating given, inherent or residual, on the matrix of its day.
CREATE TABLE risk_ratings (
  id {{id}},
  risk_id BIGINT NOT NULL REFERENCES risks(id),
  stage TEXT NOT NULL,
  matrix_code TEXT NOT NULL,
  likelihood INTEGER NOT NULL,
  impact INTEGER NOT NULL,
  rated_by BIGINT REFERENCES users(id),
  rated_at TEXT NOT NULL,
  CHECK (stage IN ('inherent', 'residual'))
);
CREATE INDEX risk_ratings_risk ON risk_ratings (risk_id, id);

-- Live entries of each unit's whole subtree by current rating: a heat map reads a few rows for its subtree's root
-- instead of counting the subtree's entries. Kept by every write of a risk, rebuilt when a unit moves.
CREATE TABLE risk_heat_cells (
  unit_id BIGINT NOT NULL REFERENCES units(id),
  kind TEXT NOT NULL,
  likelihood INTEGER NOT NULL,
  impact INTEGER NOT NULL,
  entries BIGINT NOT NULL,
  PRIMARY KEY (unit_id, kind, likelihood, impact)
);

-- The nonconformities in which a risk materialised (checked through the improvement module).
CREATE TABLE risk_nonconformities (
  risk_id BIGINT NOT NULL REFERENCES risks(id),
  nonconformity_id BIGINT NOT NULL REFERENCES nonconformities(id),
  PRIMARY KEY (risk_id, nonconformity_id)
);
CREATE INDEX risk_nonconformities_nc ON risk_nonconformities (nonconformity_id, risk_id);

-- 'register' once the process has live risks: its level then follows them and is not typed.
ALTER TABLE processes ADD COLUMN risk_level_source TEXT NOT NULL DEFAULT 'typed';
