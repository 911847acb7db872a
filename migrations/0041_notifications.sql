-- Notifications: what each person must do is derived from the modules' current state (notifications/source.h), so
-- nothing here says what is open. These tables hold only each person's choice of delivery and what has been mailed.
--
-- A task is mailed to a person once: the delivery row is inserted in the transaction that queues the mail, and the
-- primary key makes a second server's insert of the same (user, task) do nothing, so it queues nothing either. A
-- daily digest is likewise sent once per person and day (Asia/Ho_Chi_Minh).

-- No row: the default, a daily digest. The org module owns the users; this module keeps its own table beside them.
CREATE TABLE notification_preferences (
  user_id BIGINT PRIMARY KEY REFERENCES users(id),
  delivery TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK (delivery IN ('immediate', 'daily_digest', 'none'))
);

CREATE TABLE notification_deliveries (
  user_id BIGINT NOT NULL REFERENCES users(id),
  task_key TEXT NOT NULL,
  mailed_at TEXT NOT NULL,
  PRIMARY KEY (user_id, task_key)
);

CREATE TABLE notification_digests (
  user_id BIGINT NOT NULL REFERENCES users(id),
  day TEXT NOT NULL,
  mailed_at TEXT NOT NULL,
  PRIMARY KEY (user_id, day)
);
