-- Competence (ISO 21001 / ISO 9001 7.2, issue 20): the competences an organisation adds beside the shipped catalogue
-- (data/competences/catalogue.json), the competences each role in a unit requires of the people of its subtree, and
-- what each person holds, how, since when and until when. Requirements and holdings name a competence by its code,
-- which is stable for shipped and added competences alike.

CREATE TABLE competences (
  id {{id}},
  unit_id BIGINT NOT NULL REFERENCES units(id),
  code TEXT NOT NULL,
  category TEXT NOT NULL,
  name_vi TEXT NOT NULL,
  name_en TEXT NOT NULL,
  created_by BIGINT REFERENCES users(id),
  created_at TEXT NOT NULL
);
CREATE UNIQUE INDEX competences_code ON competences (code);

-- role '' is everyone whose home unit is in the unit's subtree; otherwise those of them holding that role.
CREATE TABLE competence_requirements (
  id {{id}},
  unit_id BIGINT NOT NULL REFERENCES units(id),
  competence_code TEXT NOT NULL,
  role TEXT NOT NULL DEFAULT '',
  created_by BIGINT REFERENCES users(id),
  created_at TEXT NOT NULL
);
CREATE UNIQUE INDEX competence_requirements_once ON competence_requirements (unit_id, competence_code, role);

CREATE TABLE competence_holdings (
  id {{id}},
  user_id BIGINT NOT NULL REFERENCES users(id),
  competence_code TEXT NOT NULL,
  method TEXT NOT NULL,
  granted_on TEXT NOT NULL,
  expires_on TEXT,
  note TEXT,
  -- the training session whose passed assessment granted it, if any
  session_id BIGINT,
  created_by BIGINT REFERENCES users(id),
  created_at TEXT NOT NULL,
  CHECK (method IN ('training', 'qualification', 'experience', 'assessment')),
  CHECK (expires_on IS NULL OR expires_on >= granted_on)
);
CREATE INDEX competence_holdings_user ON competence_holdings (user_id, competence_code);

-- The organisation's choice when an audit is planned with an auditor who lacks the internal auditor competence of
-- one of its standards: 'warn' plans it and says so, 'refuse' refuses it.
CREATE TABLE people_settings (
  id BIGINT PRIMARY KEY,
  auditor_qualification TEXT NOT NULL DEFAULT 'warn',
  version BIGINT NOT NULL DEFAULT 1,
  updated_at TEXT NOT NULL,
  CHECK (id = 1),
  CHECK (auditor_qualification IN ('warn', 'refuse'))
);
