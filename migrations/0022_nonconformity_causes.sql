-- The Pareto by cause counts the cause categories of the analyses of a subtree's nonconformities. Those analyses
-- lived only in the wide rows, so the dashboard looked up every row of the subtree; this index holds them for the
-- analyses by categories alone (a few known category names each, so an entry stays small on both engines; five-whys
-- answers, which can be long, stay out), and the count reads index entries unit by unit.
CREATE INDEX nonconformities_causes ON nonconformities (unit_id, archived_at, root_cause_details, root_cause_method)
  WHERE root_cause_method = 'categories';
