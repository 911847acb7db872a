-- Recruitment (ISO 21001 7.1.2, issue 20): how a unit recruits for a position (the position, the competences of the
-- catalogue it requires, the selection criteria, the steps, the controlled document describing it) and each
-- recruitment run by it, from its plan to the decision and its retained results (attachments owned by
-- 'recruitment'). A closed recruitment is a record: never deleted, archived when closed. Lists of codes, steps, panel
-- members and appointees are JSON text, read and written whole with their row.

CREATE TABLE recruitment_processes (
  id {{id}},
  unit_id BIGINT NOT NULL REFERENCES units(id),
  position TEXT NOT NULL,
  -- ["subject_teaching", ...]: competence codes of the catalogue the position requires
  competences TEXT NOT NULL DEFAULT '[]',
  criteria TEXT NOT NULL DEFAULT '',
  -- ["Thông báo tuyển dụng", "Xét hồ sơ", ...]: the steps in order
  steps TEXT NOT NULL DEFAULT '[]',
  document_id BIGINT REFERENCES documents(id),
  version BIGINT NOT NULL DEFAULT 1,
  created_by BIGINT REFERENCES users(id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX recruitment_processes_unit ON recruitment_processes (unit_id, id);

CREATE TABLE recruitments (
  id {{id}},
  unit_id BIGINT NOT NULL REFERENCES units(id),
  process_id BIGINT NOT NULL REFERENCES recruitment_processes(id),
  title TEXT NOT NULL,
  vacancies BIGINT NOT NULL,
  opened_on TEXT NOT NULL,
  method TEXT NOT NULL,
  -- [12, 15]: the users of the selection panel
  panel TEXT NOT NULL DEFAULT '[]',
  candidates BIGINT NOT NULL DEFAULT 0,
  decided_on TEXT,
  -- [{"user_id": 12, "name": "..."} or {"name": "..."}]: the people appointed, users or named
  appointed TEXT NOT NULL DEFAULT '[]',
  outcome TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL DEFAULT 'planned',
  cancel_reason TEXT,
  archived_at TEXT,
  version BIGINT NOT NULL DEFAULT 1,
  created_by BIGINT REFERENCES users(id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK (status IN ('planned', 'open', 'selecting', 'decided', 'closed', 'cancelled')),
  CHECK (method IN ('examination', 'selection', 'direct', 'contract')),
  CHECK (vacancies >= 1 AND candidates >= 0),
  CHECK (decided_on IS NULL OR decided_on >= opened_on)
);
CREATE INDEX recruitments_unit ON recruitments (unit_id, id);
CREATE INDEX recruitments_process ON recruitments (process_id, id);
