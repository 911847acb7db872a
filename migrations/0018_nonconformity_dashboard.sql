-- The nonconformity dashboard counts every nonconformity of a subtree several ways (open by severity, age and unit,
-- overdue, closed in the last year); with the columns it counts by in one index it reads index entries unit by unit
-- instead of looking up each wide row. The row is still read for cause-category analyses only.

CREATE INDEX nonconformities_dashboard ON nonconformities (unit_id, archived_at, status, severity, detected_on,
                                                           due_date, closed_at, root_cause_method);
