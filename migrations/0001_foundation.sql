-- Foundation: organisation tree, accounts and roles, sessions and tokens, the audit trail, the standards
-- catalogue and the shared action record. Timestamps are UTC text "YYYY-MM-DDTHH:MM:SS.mmmZ", dates "YYYY-MM-DD".

CREATE TABLE units (
  id {{id}},
  parent_id BIGINT REFERENCES units(id),
  -- ids from the root down to this unit, "/1/7/42/": a subtree is one range scan on this column
  path TEXT {{bytewise}} NOT NULL,
  code TEXT NOT NULL,
  name TEXT NOT NULL,
  name_folded TEXT NOT NULL,
  type TEXT NOT NULL,
  region TEXT NOT NULL DEFAULT '',
  address TEXT NOT NULL DEFAULT '',
  version BIGINT NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  archived_at TEXT,
  CHECK (type IN ('department_of_education', 'university', 'college', 'upper_secondary', 'lower_secondary',
                  'primary', 'kindergarten', 'continuing_education_centre', 'vocational_centre',
                  'corporate_training_unit', 'department', 'other'))
);
CREATE UNIQUE INDEX units_code ON units (code);
CREATE UNIQUE INDEX units_path ON units (path);
CREATE INDEX units_parent ON units (parent_id, id);

CREATE TABLE users (
  id {{id}},
  unit_id BIGINT NOT NULL REFERENCES units(id),
  email TEXT NOT NULL,
  full_name TEXT NOT NULL,
  name_folded TEXT NOT NULL,
  password_hash TEXT,
  language TEXT NOT NULL DEFAULT 'vi',
  time_zone TEXT NOT NULL DEFAULT 'Asia/Ho_Chi_Minh',
  version BIGINT NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  disabled_at TEXT,
  CHECK (language IN ('vi', 'en'))
);
CREATE UNIQUE INDEX users_email ON users (email);
CREATE INDEX users_unit ON users (unit_id, id);

CREATE TABLE role_grants (
  id {{id}},
  user_id BIGINT NOT NULL REFERENCES users(id),
  role TEXT NOT NULL,
  unit_id BIGINT NOT NULL REFERENCES units(id),
  valid_until TEXT,
  created_at TEXT NOT NULL,
  revoked_at TEXT,
  CHECK (role IN ('administrator', 'top_management', 'quality_manager', 'process_owner', 'internal_auditor',
                  'staff', 'external_auditor')),
  CHECK (role <> 'external_auditor' OR valid_until IS NOT NULL)
);
CREATE INDEX role_grants_user ON role_grants (user_id);

CREATE TABLE sessions (
  id {{id}},
  token_hash TEXT NOT NULL,
  user_id BIGINT NOT NULL REFERENCES users(id),
  csrf_token TEXT NOT NULL,
  address TEXT NOT NULL,
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL
);
CREATE UNIQUE INDEX sessions_token ON sessions (token_hash);
CREATE INDEX sessions_user ON sessions (user_id);

CREATE TABLE api_tokens (
  id {{id}},
  user_id BIGINT NOT NULL REFERENCES users(id),
  name TEXT NOT NULL,
  token_hash TEXT NOT NULL,
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL,
  revoked_at TEXT,
  last_used_at TEXT
);
CREATE UNIQUE INDEX api_tokens_hash ON api_tokens (token_hash);
CREATE INDEX api_tokens_user ON api_tokens (user_id, id);

-- Failed logins, by "account:<email>" and "address:<ip>", kept in the database so every server throttles alike.
CREATE TABLE login_failures (
  id {{id}},
  subject TEXT NOT NULL,
  at TEXT NOT NULL
);
CREATE INDEX login_failures_subject ON login_failures (subject, at);

CREATE TABLE audit_log (
  id BIGINT PRIMARY KEY,
  at TEXT NOT NULL,
  user_id BIGINT,
  address TEXT NOT NULL,
  request_id TEXT NOT NULL,
  entity TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  operation TEXT NOT NULL,
  -- the unit the change concerns, so that a unit's auditors see its subtree's history and nothing else
  unit_path TEXT {{bytewise}},
  before_json TEXT,
  after_json TEXT,
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL
);
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id, id);
CREATE INDEX audit_log_user ON audit_log (user_id, id);
CREATE INDEX audit_log_at ON audit_log (at, id);
CREATE INDEX audit_log_unit ON audit_log (unit_path, id);

-- The end of the chain; every append locks and advances this one row, which serialises appenders across servers.
CREATE TABLE audit_head (
  id INTEGER PRIMARY KEY,
  last_id BIGINT NOT NULL,
  last_hash TEXT NOT NULL
);
INSERT INTO audit_head (id, last_id, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

CREATE TABLE standards (
  id {{id}},
  urn TEXT NOT NULL,
  code TEXT NOT NULL,
  edition TEXT NOT NULL,
  title_en TEXT NOT NULL,
  title_vi TEXT NOT NULL,
  amendments_json TEXT NOT NULL,
  content_hash TEXT NOT NULL,
  loaded_at TEXT NOT NULL
);
CREATE UNIQUE INDEX standards_urn ON standards (urn);

CREATE TABLE clauses (
  id {{id}},
  standard_id BIGINT NOT NULL REFERENCES standards(id),
  urn TEXT NOT NULL,
  number TEXT NOT NULL,
  parent_id BIGINT REFERENCES clauses(id),
  kind TEXT NOT NULL,
  title_en TEXT NOT NULL,
  title_vi TEXT NOT NULL,
  normative INTEGER,
  unconfirmed INTEGER NOT NULL,
  position INTEGER NOT NULL,
  CHECK (kind IN ('clause', 'annex', 'principle'))
);
CREATE UNIQUE INDEX clauses_urn ON clauses (urn);
CREATE INDEX clauses_standard ON clauses (standard_id, position);

CREATE TABLE crosswalks (
  id {{id}},
  from_clause_id BIGINT NOT NULL REFERENCES clauses(id),
  to_clause_id BIGINT NOT NULL REFERENCES clauses(id),
  relation TEXT NOT NULL,
  note_en TEXT NOT NULL DEFAULT '',
  note_vi TEXT NOT NULL DEFAULT '',
  CHECK (relation IN ('equal', 'subset', 'superset', 'intersect'))
);
CREATE UNIQUE INDEX crosswalks_pair ON crosswalks (from_clause_id, to_clause_id);
CREATE INDEX crosswalks_to ON crosswalks (to_clause_id);

CREATE TABLE mandatory_information (
  id {{id}},
  clause_id BIGINT NOT NULL REFERENCES clauses(id),
  item_key TEXT NOT NULL,
  type TEXT NOT NULL,
  title_en TEXT NOT NULL,
  title_vi TEXT NOT NULL,
  unconfirmed INTEGER NOT NULL,
  position INTEGER NOT NULL,
  CHECK (type IN ('maintain', 'retain'))
);
CREATE UNIQUE INDEX mandatory_information_key ON mandatory_information (item_key);

CREATE TABLE actions (
  id {{id}},
  title TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  owner_id BIGINT REFERENCES users(id),
  unit_id BIGINT NOT NULL REFERENCES units(id),
  due_date TEXT,
  status TEXT NOT NULL,
  source_type TEXT,
  source_id TEXT,
  version BIGINT NOT NULL DEFAULT 1,
  created_by BIGINT REFERENCES users(id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  completed_at TEXT,
  archived_at TEXT,
  CHECK (status IN ('open', 'in_progress', 'done', 'cancelled')),
  CHECK ((status IN ('done', 'cancelled')) = (completed_at IS NOT NULL))
);
-- Covers the subtree list: ids of a unit's live actions in order without touching the rows.
CREATE INDEX actions_unit ON actions (unit_id, archived_at, id);
CREATE INDEX actions_owner ON actions (owner_id, id);
CREATE INDEX actions_status ON actions (status, id);
CREATE INDEX actions_source ON actions (source_type, source_id);

-- The audit trail is append-only in the database itself, not just by convention of the code.
-- @sqlite
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only');
END;
-- @postgresql
CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only';
END;
$$;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
