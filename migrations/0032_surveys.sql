-- Satisfaction surveys (ISO 21001 9.1.2): versioned questionnaires, campaigns that run one published version for an
-- audience over a unit subtree, the links and one-time codes respondents answer with, and what answers leave behind.
-- An answer keeps no person, no address and no time finer than its date; the counts results read are kept up to date
-- in the answer's own transaction, so results never scan answers.

CREATE TABLE questionnaires (
  id {{id}},
  unit_id BIGINT NOT NULL REFERENCES units(id),
  -- the latest version's title, for lists
  title_vi TEXT NOT NULL,
  title_en TEXT NOT NULL,
  audience TEXT NOT NULL,
  -- the library template it was made from, if any
  library_code TEXT,
  version BIGINT NOT NULL DEFAULT 1,
  created_by BIGINT REFERENCES users(id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  archived_at TEXT,
  CHECK (audience IN ('learners', 'parents', 'staff', 'employers', 'alumni'))
);
CREATE INDEX questionnaires_unit ON questionnaires (unit_id, id);

-- A published version never changes: campaigns and their counts refer to its questions by key.
CREATE TABLE questionnaire_versions (
  questionnaire_id BIGINT NOT NULL REFERENCES questionnaires(id),
  number BIGINT NOT NULL,
  definition TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'draft',
  created_at TEXT NOT NULL,
  published_at TEXT,
  published_by BIGINT REFERENCES users(id),
  PRIMARY KEY (questionnaire_id, number),
  CHECK (status IN ('draft', 'published')),
  CHECK ((status = 'published') = (published_at IS NOT NULL))
);

CREATE TABLE survey_campaigns (
  id {{id}},
  -- the root of the subtree it runs over
  unit_id BIGINT NOT NULL REFERENCES units(id),
  questionnaire_id BIGINT NOT NULL REFERENCES questionnaires(id),
  questionnaire_version BIGINT NOT NULL,
  title TEXT NOT NULL,
  audience TEXT NOT NULL,
  mode TEXT NOT NULL,
  opens_on TEXT NOT NULL,
  closes_on TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'draft',
  min_group BIGINT NOT NULL DEFAULT 5,
  version BIGINT NOT NULL DEFAULT 1,
  created_by BIGINT REFERENCES users(id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  closed_at TEXT,
  FOREIGN KEY (questionnaire_id, questionnaire_version) REFERENCES questionnaire_versions(questionnaire_id, number),
  CHECK (audience IN ('learners', 'parents', 'staff', 'employers', 'alumni')),
  CHECK (mode IN ('anonymous', 'confidential')),
  CHECK (status IN ('draft', 'open', 'closed')),
  CHECK ((status = 'closed') = (closed_at IS NOT NULL)),
  CHECK (opens_on <= closes_on),
  CHECK (min_group >= 3)
);
CREATE INDEX survey_campaigns_unit ON survey_campaigns (unit_id, id);
CREATE INDEX survey_campaigns_questionnaire ON survey_campaigns (questionnaire_id, opens_on);

-- What a respondent answers with: one link per unit (anonymous) or one code per person (confidential, used once).
-- `person` (whom the code was given to, for mailing or printing) is erased when the campaign closes; no answer
-- refers to its code.
CREATE TABLE survey_links (
  code TEXT PRIMARY KEY,
  campaign_id BIGINT NOT NULL REFERENCES survey_campaigns(id),
  unit_id BIGINT NOT NULL REFERENCES units(id),
  personal INTEGER NOT NULL,
  person TEXT,
  used INTEGER NOT NULL DEFAULT 0,
  -- respondents expected through it, for the response rate
  expected BIGINT NOT NULL,
  CHECK (personal IN (0, 1) AND used IN (0, 1)),
  CHECK (personal = 1 OR person IS NULL),
  CHECK (expected >= 0)
);
CREATE INDEX survey_links_campaign ON survey_links (campaign_id, unit_id);

-- The answers as given, for exports; never read by results. Only the date.
CREATE TABLE survey_responses (
  id {{id}},
  campaign_id BIGINT NOT NULL REFERENCES survey_campaigns(id),
  unit_id BIGINT NOT NULL REFERENCES units(id),
  answered_on TEXT NOT NULL,
  answers TEXT NOT NULL
);
CREATE INDEX survey_responses_campaign ON survey_responses (campaign_id, unit_id);

-- Respondents per campaign and unit of the link they answered through.
CREATE TABLE survey_unit_counts (
  campaign_id BIGINT NOT NULL REFERENCES survey_campaigns(id),
  unit_id BIGINT NOT NULL REFERENCES units(id),
  responses BIGINT NOT NULL,
  PRIMARY KEY (campaign_id, unit_id)
);

-- Respondents per value of each question (item: the grid row), per unit (whole = 0) and for the whole campaign
-- (whole = 1, unit_id the campaign's root), so a province's results read a few hundred rows. value -1000001 counts
-- those who answered the question.
CREATE TABLE survey_counts (
  campaign_id BIGINT NOT NULL REFERENCES survey_campaigns(id),
  whole INTEGER NOT NULL,
  unit_id BIGINT NOT NULL,
  question_key TEXT NOT NULL,
  item INTEGER NOT NULL,
  value BIGINT NOT NULL,
  n BIGINT NOT NULL,
  PRIMARY KEY (campaign_id, whole, unit_id, question_key, item, value)
);

-- Free-text answers with their accent-folded form for search; the unit only to narrow a search to a subtree.
CREATE TABLE survey_texts (
  id {{id}},
  campaign_id BIGINT NOT NULL REFERENCES survey_campaigns(id),
  unit_id BIGINT NOT NULL REFERENCES units(id),
  question_key TEXT NOT NULL,
  text TEXT NOT NULL,
  folded TEXT NOT NULL
);
CREATE INDEX survey_texts_campaign ON survey_texts (campaign_id, question_key, id);

-- The improvement a question below its threshold raised when the campaign closed: one per campaign and question.
CREATE TABLE survey_raised (
  campaign_id BIGINT NOT NULL REFERENCES survey_campaigns(id),
  question_key TEXT NOT NULL,
  item INTEGER NOT NULL,
  improvement_id BIGINT NOT NULL REFERENCES improvements(id),
  PRIMARY KEY (campaign_id, question_key, item)
);
CREATE INDEX survey_raised_improvement ON survey_raised (improvement_id);
