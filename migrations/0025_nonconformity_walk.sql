-- A list over a large subtree walks the nonconformities in id order until its page is full (db::kFewUnits), testing
-- each row against the filters. Walking the wide rows (descriptions, analyses) cost about 0.4 µs a row, so a rare
-- mix of filters over the province's 20,000 took 8 ms; this index holds what the filters test, in id order, so the
-- walk reads narrow entries and looks up only the page's rows. It is partial: an index led by archived_at would
-- also answer "archived_at IS NULL" by equality, and the engine then preferred it to the dashboard's covering
-- indexes, which doubled the dashboard's queries.
CREATE INDEX nonconformities_walk ON nonconformities (id, unit_id, status, severity, source, due_date, repeat_of,
  audit_id) WHERE archived_at IS NULL;
