-- The auditees of an audit (ISO 19011 6.4): the people of the audited unit's subtree who are interviewed or answer
-- for what is audited. They are named in the plan, printed in the report and find the audit on their calendar, so
-- they are looked up by user as well as by audit.

CREATE TABLE audit_auditees (
  audit_id BIGINT NOT NULL REFERENCES audits(id),
  user_id BIGINT NOT NULL REFERENCES users(id),
  PRIMARY KEY (audit_id, user_id)
);
CREATE INDEX audit_auditees_user ON audit_auditees (user_id, audit_id);
