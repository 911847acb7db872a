-- Calendar feeds: the secret addresses calendar applications poll without cookies (/calendar/{token}.ics). A feed
-- belongs to a user and shows what that user may see today: their own (personal feed) or a unit subtree's
-- (organisation feed). Only a hash of the token is kept; a feed is revoked, never deleted.

CREATE TABLE calendar_feeds (
  id {{id}},
  user_id BIGINT NOT NULL REFERENCES users(id),
  name TEXT NOT NULL,
  -- the unit whose subtree an organisation feed shows; none for a personal feed
  unit_id BIGINT REFERENCES units(id),
  token_hash TEXT NOT NULL,
  created_at TEXT NOT NULL,
  revoked_at TEXT,
  last_used_at TEXT
);
CREATE UNIQUE INDEX calendar_feeds_token ON calendar_feeds (token_hash);
CREATE INDEX calendar_feeds_user ON calendar_feeds (user_id, id);
