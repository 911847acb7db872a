-- Request counters of the routes anyone may call without logging in (public certificate verification), per client
-- and fixed time window, kept in the database so every server of a cluster shares one budget per client.

CREATE TABLE request_counts (
  subject TEXT NOT NULL,
  window_start TEXT NOT NULL,
  requests BIGINT NOT NULL,
  PRIMARY KEY (subject, window_start)
);
CREATE INDEX request_counts_window ON request_counts (window_start);
