-- Documented information (ISO 9001 / ISO 21001 clause 7.5): controlled documents, their revisions with the
-- approval trail, links to clauses, and the accent-folded full-text index.

CREATE TABLE documents (
  id {{id}},
  unit_id BIGINT NOT NULL REFERENCES units(id),
  code TEXT NOT NULL,
  title TEXT NOT NULL,
  type TEXT NOT NULL,
  confidentiality TEXT NOT NULL,
  owner_id BIGINT NOT NULL REFERENCES users(id),
  review_months INTEGER NOT NULL,
  -- 'draft' until a revision is published, then 'published', 'obsolete' once withdrawn
  status TEXT NOT NULL,
  current_revision_id BIGINT,
  effective_on TEXT,
  next_review_on TEXT,
  version BIGINT NOT NULL DEFAULT 1,
  created_by BIGINT REFERENCES users(id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  archived_at TEXT,
  CHECK (type IN ('policy', 'manual', 'procedure', 'work_instruction', 'form', 'plan', 'external')),
  CHECK (confidentiality IN ('public', 'internal', 'restricted')),
  CHECK (status IN ('draft', 'published', 'obsolete')),
  CHECK (review_months BETWEEN 1 AND 120)
);
CREATE UNIQUE INDEX documents_code ON documents (unit_id, code);
CREATE INDEX documents_unit ON documents (unit_id, archived_at, id);
CREATE INDEX documents_review ON documents (next_review_on);

-- The next number of each (unit, type) numbering sequence, e.g. QT-07 for the unit's seventh procedure.
CREATE TABLE document_counters (
  unit_id BIGINT NOT NULL REFERENCES units(id),
  type TEXT NOT NULL,
  next_number INTEGER NOT NULL,
  PRIMARY KEY (unit_id, type)
);

CREATE TABLE document_revisions (
  id {{id}},
  document_id BIGINT NOT NULL REFERENCES documents(id),
  number INTEGER NOT NULL,
  change_description TEXT NOT NULL,
  content_markdown TEXT NOT NULL,
  content_html TEXT NOT NULL,
  content_hash TEXT NOT NULL,
  status TEXT NOT NULL,
  author_id BIGINT NOT NULL REFERENCES users(id),
  approver_id BIGINT REFERENCES users(id),
  effective_on TEXT,
  published_at TEXT,
  version BIGINT NOT NULL DEFAULT 1,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK (status IN ('draft', 'in_review', 'changes_requested', 'approved', 'published', 'superseded', 'obsolete'))
);
CREATE UNIQUE INDEX document_revisions_number ON document_revisions (document_id, number);
-- At most one open revision per document, whatever the code does.
CREATE UNIQUE INDEX document_revisions_open ON document_revisions (document_id)
  WHERE status IN ('draft', 'in_review', 'changes_requested', 'approved');

CREATE TABLE revision_reviewers (
  revision_id BIGINT NOT NULL REFERENCES document_revisions(id),
  user_id BIGINT NOT NULL REFERENCES users(id),
  PRIMARY KEY (revision_id, user_id)
);

CREATE TABLE revision_decisions (
  id {{id}},
  revision_id BIGINT NOT NULL REFERENCES document_revisions(id),
  user_id BIGINT NOT NULL REFERENCES users(id),
  action TEXT NOT NULL,
  comment TEXT NOT NULL DEFAULT '',
  content_hash TEXT NOT NULL,
  at TEXT NOT NULL
);
CREATE INDEX revision_decisions_revision ON revision_decisions (revision_id, id);

CREATE TABLE document_clauses (
  document_id BIGINT NOT NULL REFERENCES documents(id),
  clause_id BIGINT NOT NULL REFERENCES clauses(id),
  PRIMARY KEY (document_id, clause_id)
);
CREATE INDEX document_clauses_clause ON document_clauses (clause_id, document_id);

-- The search index holds, per document, its code, title and current content: the original text (for snippets)
-- and its accent-folded form (what is matched), so both engines match "giao duc" to "Giáo dục" alike.
-- @sqlite
CREATE VIRTUAL TABLE document_search USING fts5(folded, original UNINDEXED, tokenize = 'unicode61');
-- @postgresql
CREATE TABLE document_search (
  document_id BIGINT PRIMARY KEY REFERENCES documents(id),
  folded TEXT NOT NULL,
  original TEXT NOT NULL,
  tsv tsvector GENERATED ALWAYS AS (to_tsvector('simple', folded)) STORED
);
CREATE INDEX document_search_tsv ON document_search USING GIN (tsv);
