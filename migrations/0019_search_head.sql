-- The search index keeps a document's code and title (the first line of its indexed text) apart from the rest, so
-- search lists the documents whose code or title matches before those matching only in their content, newest first
-- within each, without ranking every match: a phrase common to 20,000 documents is answered from the first rows of
-- the index instead of scoring all of them.
-- @sqlite
CREATE VIRTUAL TABLE document_search_split USING fts5(head, body, original UNINDEXED, tokenize = 'unicode61');
INSERT INTO document_search_split (rowid, head, body, original)
  SELECT rowid,
         CASE WHEN instr(folded, char(10)) > 0 THEN substr(folded, 1, instr(folded, char(10)) - 1) ELSE folded END,
         CASE WHEN instr(folded, char(10)) > 0 THEN substr(folded, instr(folded, char(10)) + 1) ELSE '' END,
         original
  FROM document_search;
DROP TABLE document_search;
ALTER TABLE document_search_split RENAME TO document_search;
-- @postgresql
ALTER TABLE document_search ADD COLUMN head TEXT NOT NULL DEFAULT '';
UPDATE document_search SET head = split_part(folded, E'\n', 1);
ALTER TABLE document_search ADD COLUMN head_tsv tsvector GENERATED ALWAYS AS (to_tsvector('simple', head)) STORED;
