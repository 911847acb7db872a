-- Third-party certification (ISO/IEC 17021-1): certification projects with the standards they cover, the
-- certification body, the sites and the seven steps; the certification body's audits with their team and findings
-- (which raise nonconformities or improvements); and certificates as a public register keeps them, with every change
-- and its reason. A standard edition of the catalogue may carry the deadline for moving certificates onto it.

ALTER TABLE standards ADD COLUMN transition_deadline TEXT;

CREATE TABLE certification_projects (
  id {{id}},
  unit_id BIGINT NOT NULL REFERENCES units(id),
  title TEXT NOT NULL,
  body_name TEXT NOT NULL,
  accreditation_body TEXT NOT NULL DEFAULT '',
  accreditation_number TEXT NOT NULL DEFAULT '',
  step TEXT NOT NULL,
  -- 1 for the initial certification, one more for each recertification decided
  cycle INTEGER NOT NULL DEFAULT 1,
  -- the last day of a stage 2 audit whose major nonconformities were not verified closed within six months: a new
  -- stage 2 must start after it
  stage2_repeat_after TEXT,
  version BIGINT NOT NULL DEFAULT 1,
  created_by BIGINT REFERENCES users(id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK (step IN ('registration', 'contract', 'assessment', 'documentation', 'certificate_issue', 'surveillance',
                  'recertification')),
  CHECK (cycle >= 1)
);
CREATE INDEX certification_projects_unit ON certification_projects (unit_id, id);

-- The standard editions covered, with the code and edition as the catalogue named them when chosen.
CREATE TABLE certification_project_standards (
  project_id BIGINT NOT NULL REFERENCES certification_projects(id),
  standard_id BIGINT NOT NULL REFERENCES standards(id),
  code TEXT NOT NULL,
  edition TEXT NOT NULL,
  PRIMARY KEY (project_id, standard_id)
);

CREATE TABLE certification_project_sites (
  project_id BIGINT NOT NULL REFERENCES certification_projects(id),
  unit_id BIGINT NOT NULL REFERENCES units(id),
  PRIMARY KEY (project_id, unit_id)
);

CREATE TABLE certification_steps (
  project_id BIGINT NOT NULL REFERENCES certification_projects(id),
  step TEXT NOT NULL,
  responsible_id BIGINT REFERENCES users(id),
  planned_on TEXT,
  completed_on TEXT,
  note TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (project_id, step)
);

-- The records (registration documents, the contract, the documentation sent after the assessment) of a step.
CREATE TABLE certification_step_records (
  project_id BIGINT NOT NULL REFERENCES certification_projects(id),
  step TEXT NOT NULL,
  record_id BIGINT NOT NULL REFERENCES records(id),
  PRIMARY KEY (project_id, step, record_id)
);

CREATE TABLE certification_transitions (
  id {{id}},
  project_id BIGINT NOT NULL REFERENCES certification_projects(id),
  action TEXT NOT NULL,
  from_step TEXT NOT NULL,
  to_step TEXT NOT NULL,
  cycle INTEGER NOT NULL,
  user_id BIGINT REFERENCES users(id),
  comment TEXT NOT NULL DEFAULT '',
  on_date TEXT NOT NULL,
  at TEXT NOT NULL
);
CREATE INDEX certification_transitions_project ON certification_transitions (project_id, id);

CREATE TABLE certification_audits (
  id {{id}},
  project_id BIGINT NOT NULL REFERENCES certification_projects(id),
  type TEXT NOT NULL,
  status TEXT NOT NULL,
  start_date TEXT NOT NULL,
  end_date TEXT NOT NULL,
  audit_days DOUBLE PRECISION NOT NULL,
  -- why a surveillance or recertification audit falls outside its window (never outside it silently)
  window_justification TEXT,
  notes TEXT NOT NULL DEFAULT '',
  version BIGINT NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK (type IN ('stage1', 'stage2', 'surveillance', 'recertification', 'special', 'transition')),
  CHECK (status IN ('planned', 'completed', 'cancelled')),
  CHECK (end_date >= start_date),
  CHECK (audit_days > 0)
);
CREATE INDEX certification_audits_project ON certification_audits (project_id, id);

-- The certification body's audit team: people outside the organisation, by name.
CREATE TABLE certification_audit_team (
  audit_id BIGINT NOT NULL REFERENCES certification_audits(id),
  position INTEGER NOT NULL,
  name TEXT NOT NULL,
  role TEXT NOT NULL,
  PRIMARY KEY (audit_id, position),
  CHECK (role IN ('lead', 'member', 'technical_expert', 'observer'))
);

CREATE TABLE certification_findings (
  id {{id}},
  audit_id BIGINT NOT NULL REFERENCES certification_audits(id),
  grade TEXT NOT NULL,
  title TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  unit_id BIGINT NOT NULL REFERENCES units(id),
  nonconformity_id BIGINT REFERENCES nonconformities(id),
  improvement_id BIGINT REFERENCES improvements(id),
  created_by BIGINT REFERENCES users(id),
  created_at TEXT NOT NULL,
  CHECK (grade IN ('major', 'minor', 'observation', 'opportunity_for_improvement')),
  CHECK ((grade IN ('major', 'minor')) = (nonconformity_id IS NOT NULL))
);
CREATE INDEX certification_findings_audit ON certification_findings (audit_id, id);

-- The register fields of a certificate (IAF MD 28); the certified entity, sites and standards are kept as they
-- were certified, so the register does not change when a unit is renamed.
CREATE TABLE certificates (
  id {{id}},
  project_id BIGINT NOT NULL REFERENCES certification_projects(id),
  unit_id BIGINT NOT NULL REFERENCES units(id),
  number TEXT NOT NULL,
  entity_name TEXT NOT NULL,
  entity_address TEXT NOT NULL DEFAULT '',
  organisation_type TEXT NOT NULL,
  region TEXT NOT NULL DEFAULT '',
  scope_vi TEXT NOT NULL,
  scope_en TEXT NOT NULL,
  body_name TEXT NOT NULL,
  accreditation_body TEXT NOT NULL DEFAULT '',
  accreditation_number TEXT NOT NULL DEFAULT '',
  original_issue_date TEXT NOT NULL,
  issue_date TEXT NOT NULL,
  -- the day the cycle's calendar counts from: the decision, or the old expiry's next day after an early renewal
  cycle_start TEXT NOT NULL,
  expiry_date TEXT NOT NULL,
  cycle INTEGER NOT NULL DEFAULT 1,
  status TEXT NOT NULL,
  version BIGINT NOT NULL DEFAULT 1,
  created_by BIGINT REFERENCES users(id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK (status IN ('active', 'suspended', 'withdrawn')),
  CHECK (expiry_date > issue_date),
  CHECK (issue_date >= original_issue_date)
);
CREATE UNIQUE INDEX certificates_number ON certificates (number);
CREATE INDEX certificates_unit ON certificates (unit_id, id);
CREATE INDEX certificates_project ON certificates (project_id, id);

CREATE TABLE certificate_standards (
  certificate_id BIGINT NOT NULL REFERENCES certificates(id),
  standard_id BIGINT NOT NULL REFERENCES standards(id),
  code TEXT NOT NULL,
  edition TEXT NOT NULL,
  PRIMARY KEY (certificate_id, standard_id)
);
CREATE INDEX certificate_standards_code ON certificate_standards (code, certificate_id);

CREATE TABLE certificate_sites (
  certificate_id BIGINT NOT NULL REFERENCES certificates(id),
  unit_id BIGINT NOT NULL REFERENCES units(id),
  name TEXT NOT NULL,
  address TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (certificate_id, unit_id)
);

-- Every change of a certificate after its issue (scope extended or reduced, renewed, suspended, ...) with its reason
-- and the register fields before and after.
CREATE TABLE certificate_changes (
  id {{id}},
  certificate_id BIGINT NOT NULL REFERENCES certificates(id),
  kind TEXT NOT NULL,
  reason TEXT NOT NULL,
  effective_on TEXT NOT NULL,
  before_json TEXT NOT NULL,
  after_json TEXT NOT NULL,
  user_id BIGINT REFERENCES users(id),
  at TEXT NOT NULL
);
CREATE INDEX certificate_changes_certificate ON certificate_changes (certificate_id, id);
