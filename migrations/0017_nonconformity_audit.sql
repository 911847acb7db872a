-- A nonconformity raised by an audit finding keeps the audit it came from, so the audit's follow-up lists its
-- nonconformities and the nonconformity page links back to the audit. Empty for one reported outside an audit.

ALTER TABLE nonconformities ADD COLUMN audit_id BIGINT REFERENCES audits(id);
CREATE INDEX nonconformities_audit ON nonconformities (audit_id);
