-- Complaints and appeals (issue 19): the register, the investigation notes, the organisation's deadlines and the
-- escalations of overdue acknowledgements, responses and appeal decisions.
--
-- The complainant's tracking code is kept only as its SHA-256 (code_hash): the register holds nothing a reader
-- could use to act as the complainant. Their name and contact are optional (anonymous complaints have neither).

CREATE TABLE complaint_settings (
  id BIGINT PRIMARY KEY,
  acknowledge_days INTEGER NOT NULL,
  response_days INTEGER NOT NULL,
  version BIGINT NOT NULL DEFAULT 1,
  updated_at TEXT NOT NULL,
  CHECK (id = 1)
);

CREATE TABLE complaints (
  id {{id}},
  unit_id BIGINT NOT NULL REFERENCES units(id),
  kind TEXT NOT NULL,
  category TEXT NOT NULL,
  channel TEXT NOT NULL,
  text TEXT NOT NULL,
  complainant_name TEXT,
  complainant_contact TEXT,
  subject_user_id BIGINT REFERENCES users(id),
  handler_id BIGINT REFERENCES users(id),
  decider_id BIGINT REFERENCES users(id),
  status TEXT NOT NULL,
  received_on TEXT NOT NULL,
  acknowledge_due TEXT NOT NULL,
  response_due TEXT NOT NULL,
  acknowledged_at TEXT,
  responded_at TEXT,
  response TEXT,
  outcome TEXT,
  accepted INTEGER,
  appeal_text TEXT,
  appealed_at TEXT,
  appeal_due TEXT,
  decision TEXT,
  appeal_outcome TEXT,
  decided_at TEXT,
  closed_at TEXT,
  nonconformity_id BIGINT REFERENCES nonconformities(id),
  code_hash TEXT NOT NULL,
  created_by BIGINT REFERENCES users(id),
  version BIGINT NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE UNIQUE INDEX complaints_code ON complaints (code_hash);
CREATE INDEX complaints_unit ON complaints (unit_id, id);
CREATE INDEX complaints_handler ON complaints (handler_id, id);
CREATE INDEX complaints_decider ON complaints (decider_id, id);
CREATE INDEX complaints_nonconformity ON complaints (nonconformity_id);
-- What the escalation job reads: the unfinished complaints by status.
CREATE INDEX complaints_open ON complaints (status, id) WHERE status <> 'closed';

CREATE TABLE complaint_notes (
  id {{id}},
  complaint_id BIGINT NOT NULL REFERENCES complaints(id),
  author_id BIGINT REFERENCES users(id),
  text TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX complaint_notes_complaint ON complaint_notes (complaint_id, id);

-- Each deadline of a complaint is escalated once per due date; the unique index makes the job safe to run on every
-- server at once.
CREATE TABLE complaint_escalations (
  id {{id}},
  complaint_id BIGINT NOT NULL REFERENCES complaints(id),
  deadline TEXT NOT NULL,
  due_date TEXT NOT NULL,
  escalated_at TEXT NOT NULL
);
CREATE UNIQUE INDEX complaint_escalations_once ON complaint_escalations (complaint_id, deadline, due_date);
