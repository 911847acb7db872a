-- Quality objectives and their indicators (ISO 21001 / ISO 9001 6.2 and 9.1.1): a unit's measurable objectives with
-- the plan to achieve them (its steps are rows of `actions` whose source is ('objective', its id)), the indicators
-- that measure each, and one value per indicator and period. A correction keeps the value it replaces, marked
-- superseded, so only one value of a period is current: the partial unique index makes a second one (from a person, an
-- import or the computing job on another server) fail instead of doubling it.

CREATE TABLE objectives (
  id {{id}},
  unit_id BIGINT NOT NULL REFERENCES units(id),
  title TEXT NOT NULL,
  -- the commitment of the quality policy the objective follows from (6.2.1 a)
  policy_link TEXT NOT NULL DEFAULT '',
  -- the plan (6.2.2): what will be done, with what resources, who answers for it, by when, how results are evaluated
  plan_what TEXT NOT NULL DEFAULT '',
  resources TEXT NOT NULL DEFAULT '',
  responsible_id BIGINT REFERENCES users(id),
  due_date TEXT,
  evaluation TEXT NOT NULL DEFAULT '',
  version BIGINT NOT NULL DEFAULT 1,
  created_by BIGINT REFERENCES users(id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  archived_at TEXT
);
CREATE INDEX objectives_unit ON objectives (unit_id, id);

CREATE TABLE indicators (
  id {{id}},
  objective_id BIGINT NOT NULL REFERENCES objectives(id),
  -- the objective's unit, kept here so a subtree's indicators of one code are read from one index
  unit_id BIGINT NOT NULL REFERENCES units(id),
  -- the same code in every school lets the department compare them
  code TEXT NOT NULL,
  name TEXT NOT NULL,
  measure_unit TEXT NOT NULL,
  direction TEXT NOT NULL,
  target DOUBLE PRECISION NOT NULL,
  warning DOUBLE PRECISION NOT NULL,
  frequency TEXT NOT NULL,
  owner_id BIGINT REFERENCES users(id),
  source TEXT NOT NULL,
  metric TEXT,
  aggregation TEXT NOT NULL,
  breach_raises TEXT NOT NULL DEFAULT 'improvement',
  version BIGINT NOT NULL DEFAULT 1,
  created_by BIGINT REFERENCES users(id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  archived_at TEXT,
  CHECK (direction IN ('higher', 'lower')),
  CHECK (frequency IN ('month', 'term', 'school_year', 'year')),
  CHECK (source IN ('manual', 'import', 'computed')),
  CHECK ((source = 'computed') = (metric IS NOT NULL)),
  CHECK (aggregation IN ('sum', 'mean', 'weighted_mean')),
  CHECK (breach_raises IN ('improvement', 'nonconformity'))
);
CREATE UNIQUE INDEX indicators_unit_code ON indicators (unit_id, code);
-- Covering what the comparison of one code across a subtree reads, so it never visits the indicators' rows.
CREATE INDEX indicators_code ON indicators (code, unit_id, archived_at, id, direction, target, warning);
CREATE INDEX indicators_objective ON indicators (objective_id, id);

CREATE TABLE measurements (
  id {{id}},
  indicator_id BIGINT NOT NULL REFERENCES indicators(id),
  period TEXT NOT NULL,
  value DOUBLE PRECISION NOT NULL,
  weight DOUBLE PRECISION,
  note TEXT NOT NULL DEFAULT '',
  -- none for a value the server computed
  recorded_by BIGINT REFERENCES users(id),
  recorded_at TEXT NOT NULL,
  superseded_at TEXT
);
CREATE UNIQUE INDEX measurements_current ON measurements (indicator_id, period) WHERE superseded_at IS NULL;
CREATE INDEX measurements_history ON measurements (indicator_id, period, id);
-- Covering the comparison's values of one period: a province's thousand values are read from one run of index pages
-- instead of a thousand table pages scattered over years of values.
CREATE INDEX measurements_period ON measurements (period, superseded_at, indicator_id, value, weight);

-- What a value past the threshold raised: one entry per indicator and period, whatever corrections follow.
CREATE TABLE indicator_breaches (
  indicator_id BIGINT NOT NULL REFERENCES indicators(id),
  period TEXT NOT NULL,
  raised_type TEXT NOT NULL,
  raised_id BIGINT NOT NULL,
  measurement_id BIGINT NOT NULL REFERENCES measurements(id),
  created_at TEXT NOT NULL,
  PRIMARY KEY (indicator_id, period),
  CHECK (raised_type IN ('improvement', 'nonconformity'))
);
CREATE INDEX indicator_breaches_raised ON indicator_breaches (raised_type, raised_id);
