-- Training (ISO 21001 / ISO 9001 7.2, issue 20): programmes of a unit with the competences passing grants, their
-- sessions (trainer, place, times, topics, the check-in code shown in the room as a QR code), the people invited,
-- who attended each session and how that was recorded, and each participant's assessment against the programme's
-- maximum score and pass mark. The records are the clause 7.2 evidence readiness counts.

CREATE TABLE training_programmes (
  id {{id}},
  unit_id BIGINT NOT NULL REFERENCES units(id),
  title TEXT NOT NULL,
  provider TEXT NOT NULL DEFAULT '',
  description TEXT NOT NULL DEFAULT '',
  -- ["7.2", "7.3"]: the clauses the programme's topics answer
  clauses TEXT NOT NULL DEFAULT '[]',
  -- ["iso21001_awareness", ...]: the competences a passed assessment grants
  competences TEXT NOT NULL DEFAULT '[]',
  max_score DOUBLE PRECISION NOT NULL,
  pass_mark DOUBLE PRECISION NOT NULL,
  -- months the granted competences stay in force; none: they do not lapse
  validity_months INTEGER,
  created_by BIGINT REFERENCES users(id),
  created_at TEXT NOT NULL,
  CHECK (max_score > 0 AND pass_mark >= 0 AND pass_mark <= max_score)
);
CREATE INDEX training_programmes_unit ON training_programmes (unit_id, id);

CREATE TABLE training_sessions (
  id {{id}},
  programme_id BIGINT NOT NULL REFERENCES training_programmes(id),
  title TEXT NOT NULL,
  trainer TEXT NOT NULL,
  place TEXT NOT NULL DEFAULT '',
  topics TEXT NOT NULL DEFAULT '',
  starts_at TEXT NOT NULL,
  ends_at TEXT NOT NULL,
  checkin_code TEXT NOT NULL,
  created_at TEXT NOT NULL,
  CHECK (ends_at > starts_at)
);
CREATE UNIQUE INDEX training_sessions_code ON training_sessions (checkin_code);
CREATE INDEX training_sessions_programme ON training_sessions (programme_id, starts_at);

CREATE TABLE training_participants (
  id {{id}},
  programme_id BIGINT NOT NULL REFERENCES training_programmes(id),
  user_id BIGINT NOT NULL REFERENCES users(id),
  invited_at TEXT NOT NULL,
  score DOUBLE PRECISION,
  passed INTEGER,
  assessed_at TEXT,
  assessed_by BIGINT REFERENCES users(id)
);
CREATE UNIQUE INDEX training_participants_once ON training_participants (programme_id, user_id);
CREATE INDEX training_participants_user ON training_participants (user_id);

CREATE TABLE training_attendance (
  id {{id}},
  session_id BIGINT NOT NULL REFERENCES training_sessions(id),
  user_id BIGINT NOT NULL REFERENCES users(id),
  source TEXT NOT NULL,
  recorded_at TEXT NOT NULL,
  recorded_by BIGINT REFERENCES users(id),
  CHECK (source IN ('trainer', 'check_in', 'import'))
);
CREATE UNIQUE INDEX training_attendance_once ON training_attendance (session_id, user_id);
