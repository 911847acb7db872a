-- The Pareto by clause counts the clause links of every nonconformity of a subtree. Searching the links of each
-- nonconformity took 13–22 ms of the province dashboard's 40; a nonconformity's clauses are set when it is
-- reported and never change, so their ids are also kept on its row, written in the same statement, and this index
-- holds them beside the unit, so the count is one scan of index entries unit by unit. The links stay the record
-- that filters and the clause evidence read.
ALTER TABLE nonconformities ADD COLUMN clause_ids TEXT NOT NULL DEFAULT '';
-- @sqlite
UPDATE nonconformities SET clause_ids = COALESCE((SELECT group_concat(clause_id, ' ') FROM (SELECT l.clause_id
  FROM nonconformity_clauses l WHERE l.nonconformity_id = nonconformities.id ORDER BY l.clause_id)), '');
-- @postgresql
UPDATE nonconformities n SET clause_ids = COALESCE((SELECT string_agg(l.clause_id::text, ' ' ORDER BY l.clause_id)
  FROM nonconformity_clauses l WHERE l.nonconformity_id = n.id), '');
-- @all
CREATE INDEX nonconformities_clause_ids ON nonconformities (unit_id, archived_at, clause_ids);
