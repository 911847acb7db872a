-- Distribution and acknowledgement of published documents (issue 4, item 5): a document is distributed to the
-- users of unit subtrees (optionally only those holding a role); each addressee acknowledges the revision in force.

CREATE TABLE document_distribution (
  document_id BIGINT NOT NULL REFERENCES documents(id),
  unit_id BIGINT NOT NULL REFERENCES units(id),
  -- '' for every user of the subtree, else only users holding a live grant of this role
  role TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (document_id, unit_id, role)
);

CREATE TABLE document_acknowledgements (
  revision_id BIGINT NOT NULL REFERENCES document_revisions(id),
  user_id BIGINT NOT NULL REFERENCES users(id),
  acknowledged_at TEXT NOT NULL,
  PRIMARY KEY (revision_id, user_id)
);
CREATE INDEX document_acknowledgements_user ON document_acknowledgements (user_id, revision_id);
