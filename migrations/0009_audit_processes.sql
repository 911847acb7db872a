-- The processes an audit covers (ISO 9001 / ISO 21001 9.2 with the process register of 4.4): programme coverage by
-- process, risk-based audit frequency, and the independence of auditors from the processes they own.

CREATE TABLE audit_processes (
  audit_id BIGINT NOT NULL REFERENCES audits(id),
  process_id BIGINT NOT NULL REFERENCES processes(id),
  PRIMARY KEY (audit_id, process_id)
);
CREATE INDEX audit_processes_process ON audit_processes (process_id, audit_id);
