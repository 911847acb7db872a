-- Management reviews (ISO 9001 / ISO 21001 9.3): planned per unit and period, with their participants, the inputs
-- compiled from the other modules and frozen when the meeting opens (`inputs` stays NULL until then), the notes and
-- conclusions written beside them, the decisions taken (each raised as an action or an improvement entry), and the
-- approved minutes filed as a record. Participants, notes and outputs are parts of the minutes, read and written
-- with them as one document under the review's version, so they are kept as JSON here.

CREATE TABLE management_reviews (
  id {{id}},
  unit_id BIGINT NOT NULL REFERENCES units(id),
  title TEXT NOT NULL,
  period_from TEXT NOT NULL,
  period_to TEXT NOT NULL,
  planned_on TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'planned',
  -- [{"user_id": 3, "top_management": true}, ...]
  participants TEXT NOT NULL,
  -- the snapshot: [{"key": "nonconformities", "available": true, "count": 4, ...}, ...]
  inputs TEXT,
  opened_at TEXT,
  -- {"<input key>": "text"}
  notes TEXT NOT NULL DEFAULT '{}',
  conclusions TEXT NOT NULL DEFAULT '',
  -- [{"kind": "improvement", "decision": "...", "raised": {"type": "action", "id": 12}}, ...]
  outputs TEXT NOT NULL DEFAULT '[]',
  held_at TEXT,
  approved_by BIGINT REFERENCES users(id),
  approved_at TEXT,
  record_id BIGINT REFERENCES records(id),
  version BIGINT NOT NULL DEFAULT 1,
  created_by BIGINT REFERENCES users(id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  archived_at TEXT,
  CHECK (status IN ('planned', 'open', 'held', 'approved', 'cancelled')),
  CHECK (period_from <= period_to),
  CHECK ((status IN ('planned', 'cancelled')) OR inputs IS NOT NULL),
  CHECK ((status = 'approved') = (approved_at IS NOT NULL))
);
CREATE INDEX management_reviews_unit ON management_reviews (unit_id, id);
-- The oversight table's "last management review" of every unit of a subtree, read from this index alone.
CREATE INDEX management_reviews_held ON management_reviews (unit_id, status, held_at);
