-- Evaluating training (ISO 21001 / ISO 9001 7.2 d, issue 20): how long after its last session a programme's
-- effectiveness is evaluated, the participants' reaction (each attendee once, ratings 1 to 5 on the questions of
-- training/evaluation.h), and the evaluation of effectiveness on four levels with its conclusion, once per programme.

ALTER TABLE training_programmes ADD COLUMN evaluate_after_days INTEGER NOT NULL DEFAULT 90;

CREATE TABLE training_reactions (
  id {{id}},
  programme_id BIGINT NOT NULL REFERENCES training_programmes(id),
  user_id BIGINT NOT NULL REFERENCES users(id),
  -- {"relevance": 5, "trainer": 4, ...}: one rating per question
  ratings TEXT NOT NULL,
  comment TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL
);
CREATE UNIQUE INDEX training_reactions_once ON training_reactions (programme_id, user_id);

CREATE TABLE training_evaluations (
  id {{id}},
  programme_id BIGINT NOT NULL REFERENCES training_programmes(id),
  -- the day it fell due (the last session's day plus evaluate_after_days), and why it was evaluated before it
  due_on TEXT NOT NULL,
  early_reason TEXT,
  -- level 1 and 2 as computed when evaluated: the reactions' mean rating and count, the results' pass rate and mean
  reaction_mean DOUBLE PRECISION,
  reactions INTEGER NOT NULL,
  assessed INTEGER NOT NULL,
  pass_rate DOUBLE PRECISION,
  mean_score DOUBLE PRECISION,
  -- level 3 and 4: the evaluator's findings and rating from 1 to 5
  behaviour_findings TEXT NOT NULL,
  behaviour_rating INTEGER NOT NULL,
  results_findings TEXT NOT NULL,
  results_rating INTEGER NOT NULL,
  conclusion TEXT NOT NULL,
  action_id BIGINT REFERENCES actions(id),
  evaluated_by BIGINT REFERENCES users(id),
  evaluated_at TEXT NOT NULL,
  CHECK (behaviour_rating BETWEEN 1 AND 5 AND results_rating BETWEEN 1 AND 5),
  CHECK (conclusion IN ('effective', 'partly_effective', 'not_effective'))
);
CREATE UNIQUE INDEX training_evaluations_once ON training_evaluations (programme_id);
