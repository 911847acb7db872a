-- Frameworks beyond ISO (issue 22 item 4): a national accreditation standard, AUN-QA, ... imported from a file by an
-- administrator. A framework is a row of `standards` and its nodes (standard, criterion, indicator, to any depth)
-- rows of `clauses` of kind 'clause', so everything keyed by a clause id (clause evidence links, self-assessments,
-- readiness, audit checklists and programme coverage, nonconformities) and the typed correspondences of
-- `crosswalks` work over a framework unchanged. What only a framework has is kept beside those rows: who published
-- it and where it comes from, who imported it, and each node's type and the evidence it requires. A new version of
-- the same code is a new row (urn:eduims:fw:<code>:<version>); the old one stays, as ISO editions do.
CREATE TABLE frameworks (
  standard_id BIGINT PRIMARY KEY REFERENCES standards(id),
  publisher TEXT NOT NULL,
  source TEXT NOT NULL DEFAULT '',
  imported_by BIGINT REFERENCES users(id),
  -- the importer's name when importing, as the audit trail keeps it
  imported_by_name TEXT NOT NULL DEFAULT '',
  imported_at TEXT NOT NULL
);

CREATE TABLE framework_nodes (
  clause_id BIGINT PRIMARY KEY REFERENCES clauses(id),
  node_type TEXT NOT NULL,
  evidence_vi TEXT NOT NULL DEFAULT '',
  evidence_en TEXT NOT NULL DEFAULT '',
  CHECK (node_type IN ('standard', 'criterion', 'indicator', 'requirement'))
);
