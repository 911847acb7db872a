-- Directives and reporting requests (issue 21): the department's dispatch to a set of its units with a deadline,
-- one answer per unit with its workflow (not_started, in_progress, submitted, accepted, returned), and the notices
-- the jobs sent for it, each once whatever the number of servers running the job.

CREATE TABLE directives (
  id {{id}},
  -- the sending unit: every recipient lies below it
  unit_id BIGINT NOT NULL REFERENCES units(id),
  kind TEXT NOT NULL,
  dispatch_number TEXT NOT NULL,
  dispatch_date TEXT NOT NULL,
  title TEXT NOT NULL,
  body TEXT NOT NULL DEFAULT '',
  deadline TEXT NOT NULL,
  -- how the recipients were chosen, as a JSON object {"kind": "subtree"|"unit_type"|"units", ...}
  targets TEXT NOT NULL,
  creates_actions INTEGER NOT NULL DEFAULT 0,
  version BIGINT NOT NULL DEFAULT 1,
  created_by BIGINT REFERENCES users(id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK (kind IN ('directive', 'report_request')),
  CHECK (creates_actions IN (0, 1))
);
CREATE INDEX directives_unit ON directives (unit_id, id);
CREATE INDEX directives_deadline ON directives (deadline, id);

CREATE TABLE directive_answers (
  id {{id}},
  directive_id BIGINT NOT NULL REFERENCES directives(id),
  unit_id BIGINT NOT NULL REFERENCES units(id),
  status TEXT NOT NULL,
  text TEXT NOT NULL DEFAULT '',
  -- why it was last returned for rework
  return_reason TEXT,
  -- the action the directive raised for the unit, if it raised one
  action_id BIGINT REFERENCES actions(id),
  submitted_at TEXT,
  submitted_by BIGINT REFERENCES users(id),
  reviewed_at TEXT,
  reviewed_by BIGINT REFERENCES users(id),
  version BIGINT NOT NULL DEFAULT 1,
  updated_at TEXT NOT NULL,
  CHECK (status IN ('not_started', 'in_progress', 'submitted', 'accepted', 'returned'))
);
CREATE UNIQUE INDEX directive_answers_unit ON directive_answers (directive_id, unit_id);
CREATE INDEX directive_answers_inbox ON directive_answers (unit_id, directive_id);

-- A reminder before the deadline and an escalation after it, once per answer: the primary key makes the job safe
-- to run on every server at once.
CREATE TABLE directive_notices (
  answer_id BIGINT NOT NULL REFERENCES directive_answers(id),
  kind TEXT NOT NULL,
  sent_at TEXT NOT NULL,
  PRIMARY KEY (answer_id, kind),
  CHECK (kind IN ('reminder', 'escalation'))
);
