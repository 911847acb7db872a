-- Clauses a corrected catalogue file renumbers ("renumbered" in data/standards/*.json: ISO 21001:2018's learners'
-- data from 8.5.4 to 8.5.5 and control of changes from 8.5.5 to 8.5.6). The loader renumbers the clause row in
-- place, so every link made to it (documents, records, processes, audits and their checklists, nonconformities and
-- the clause ids kept on them, self-assessments) stays on the requirement it was made for, and writes the move to the
-- audit trail in the same transaction and hash chain. Each move is applied once: this table remembers which were,
-- including those that found no row to move (a database first loaded with the corrected file).
CREATE TABLE catalogue_renumberings (
  standard_urn TEXT NOT NULL,
  from_number TEXT NOT NULL,
  to_number TEXT NOT NULL,
  clause_id BIGINT REFERENCES clauses(id),
  links INTEGER NOT NULL,
  applied_at TEXT NOT NULL,
  PRIMARY KEY (standard_urn, from_number, to_number)
);
