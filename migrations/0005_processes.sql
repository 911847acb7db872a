-- Processes of the management system (ISO 9001 / ISO 21001 clause 4.4): the register, the clauses each process
-- addresses, which process's output feeds which, and the documents that describe a process.

CREATE TABLE processes (
  id {{id}},
  unit_id BIGINT NOT NULL REFERENCES units(id),
  code TEXT NOT NULL,
  name TEXT NOT NULL,
  name_folded TEXT NOT NULL,
  category TEXT NOT NULL,
  purpose TEXT NOT NULL DEFAULT '',
  owner_id BIGINT REFERENCES users(id),
  -- JSON arrays of short texts
  inputs TEXT NOT NULL DEFAULT '[]',
  outputs TEXT NOT NULL DEFAULT '[]',
  resources TEXT NOT NULL DEFAULT '[]',
  risk_level TEXT NOT NULL DEFAULT 'medium',
  version BIGINT NOT NULL DEFAULT 1,
  created_by BIGINT REFERENCES users(id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  archived_at TEXT,
  CHECK (category IN ('management', 'core', 'support')),
  CHECK (risk_level IN ('low', 'medium', 'high'))
);
CREATE UNIQUE INDEX processes_code ON processes (unit_id, code);
CREATE INDEX processes_unit ON processes (unit_id, archived_at, id);
CREATE INDEX processes_owner ON processes (owner_id, id);

CREATE TABLE process_clauses (
  process_id BIGINT NOT NULL REFERENCES processes(id),
  clause_id BIGINT NOT NULL REFERENCES clauses(id),
  PRIMARY KEY (process_id, clause_id)
);
CREATE INDEX process_clauses_clause ON process_clauses (clause_id, process_id);

-- The output `what` of process `from_process_id` feeds process `to_process_id`.
CREATE TABLE process_interactions (
  from_process_id BIGINT NOT NULL REFERENCES processes(id),
  to_process_id BIGINT NOT NULL REFERENCES processes(id),
  what TEXT NOT NULL,
  PRIMARY KEY (from_process_id, to_process_id),
  CHECK (from_process_id <> to_process_id)
);
CREATE INDEX process_interactions_to ON process_interactions (to_process_id, from_process_id);

-- Documents describing a process (owned by the documents module; the process id is checked through the processes
-- module's interface).
CREATE TABLE document_processes (
  document_id BIGINT NOT NULL REFERENCES documents(id),
  process_id BIGINT NOT NULL REFERENCES processes(id),
  PRIMARY KEY (document_id, process_id)
);
CREATE INDEX document_processes_process ON document_processes (process_id, document_id);
