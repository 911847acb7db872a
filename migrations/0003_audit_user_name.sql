-- The audit trail names who acted as they were called at the time (a snapshot: renaming a user later does not
-- rewrite history), so readers without access to user records still see a name.
ALTER TABLE audit_log ADD COLUMN user_name TEXT;
