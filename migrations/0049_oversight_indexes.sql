-- The department's oversight table counts, for every unit of the province at once, the overdue actions, the
-- published documents past their review date, and the last completed internal audit. Each count read the unit's
-- whole index range and then every row for its status and dates (the actions alone 20–58 ms of a 127 ms table over
-- 20,000 actions); these partial indexes hold only the rows each count can match, with the
-- columns it compares (the engine reads an index alone only when it holds every column the query names, the
-- partial index's own conditions included; and, with no statistics, it prefers the index matching more of the
-- query's equalities, so those lead), so each reads index entries and no row.
CREATE INDEX actions_overdue ON actions (unit_id, archived_at, status, due_date)
  WHERE archived_at IS NULL AND status IN ('open', 'in_progress');
CREATE INDEX documents_review_due ON documents (unit_id, archived_at, status, next_review_on)
  WHERE archived_at IS NULL AND status = 'published';
CREATE INDEX audits_internal_done ON audits (unit_id, archived_at, type, status, planned_end)
  WHERE archived_at IS NULL AND type = 'internal' AND status IN ('reported', 'closed');
