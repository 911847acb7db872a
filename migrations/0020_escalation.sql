-- Escalation of overdue nonconformities to the head of their unit, and the mail outbox that tells them.
--
-- A unit may name its head (a principal, a director). A nonconformity still open after its due date is escalated
-- once per due date: to the head of its unit, or of the nearest unit above it that names one. The unique index
-- makes the escalation job safe to run on every server at once: the second insert of the same escalation waits
-- for the first and does nothing.

ALTER TABLE units ADD COLUMN head_user_id BIGINT REFERENCES users(id);

CREATE TABLE nonconformity_escalations (
  id {{id}},
  nonconformity_id BIGINT NOT NULL REFERENCES nonconformities(id),
  -- the due date that passed: a nonconformity given a later due date is escalated again once that one passes
  due_date TEXT NOT NULL,
  -- the unit whose head it went to; none found up the tree leaves head_user_id empty and unit_id its own unit
  unit_id BIGINT NOT NULL REFERENCES units(id),
  head_user_id BIGINT REFERENCES users(id),
  escalated_at TEXT NOT NULL
);
CREATE UNIQUE INDEX nonconformity_escalations_once ON nonconformity_escalations (nonconformity_id, due_date);
CREATE INDEX nonconformity_escalations_head ON nonconformity_escalations (head_user_id, nonconformity_id);

-- Mail is written here in the transaction of the change it reports and sent afterwards by any server: a message
-- is claimed for a minute before it is sent, so two servers do not send it twice unless one dies mid-send.
CREATE TABLE mail_outbox (
  id {{id}},
  recipient TEXT NOT NULL,
  subject TEXT NOT NULL,
  body TEXT NOT NULL,
  created_at TEXT NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  claimed_until TEXT,
  sent_at TEXT,
  last_error TEXT
);
CREATE INDEX mail_outbox_pending ON mail_outbox (sent_at, id);
