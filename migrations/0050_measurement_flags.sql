-- The oversight table counts, for a province's 20,000 indicators, those whose value for the latest ended period is
-- off target: looking up each indicator's value cost 20–60 ms a table. Each current value now carries its
-- indicator's unit, whether the indicator is live, and whether the value is off target or past the warning line,
-- written in the same statement as the value and rewritten when its indicator's thresholds change or it is archived;
-- and the live off-target values are counted per unit and period in indicator_off_target, kept up to date in the
-- same transaction as each of those writes (added to, taken from: never recounted, so two servers writing values of
-- one unit at once both count). The table then reads a few rows a unit. Superseded values keep the flags they had.
ALTER TABLE measurements ADD COLUMN unit_id BIGINT;
ALTER TABLE measurements ADD COLUMN live INTEGER NOT NULL DEFAULT 1;
ALTER TABLE measurements ADD COLUMN off_target INTEGER NOT NULL DEFAULT 0;
ALTER TABLE measurements ADD COLUMN past_warning INTEGER NOT NULL DEFAULT 0;
UPDATE measurements SET
  unit_id = (SELECT i.unit_id FROM indicators i WHERE i.id = measurements.indicator_id),
  live = (SELECT CASE WHEN i.archived_at IS NULL THEN 1 ELSE 0 END FROM indicators i
          WHERE i.id = measurements.indicator_id),
  off_target = (SELECT CASE WHEN (i.direction = 'higher' AND measurements.value < i.target) OR
                                 (i.direction = 'lower' AND measurements.value > i.target) THEN 1 ELSE 0 END
                FROM indicators i WHERE i.id = measurements.indicator_id),
  past_warning = (SELECT CASE WHEN (i.direction = 'higher' AND measurements.value < i.warning) OR
                                   (i.direction = 'lower' AND measurements.value > i.warning) THEN 1 ELSE 0 END
                  FROM indicators i WHERE i.id = measurements.indicator_id)
  WHERE superseded_at IS NULL;
CREATE TABLE indicator_off_target (
  unit_id BIGINT NOT NULL REFERENCES units(id),
  period TEXT NOT NULL,
  off_target BIGINT NOT NULL,    -- live indicators of the unit whose current value for the period is off target
  past_warning BIGINT NOT NULL,  -- of those, the ones past the warning line too
  PRIMARY KEY (unit_id, period),
  CHECK (off_target >= 0 AND past_warning >= 0 AND past_warning <= off_target)
);
INSERT INTO indicator_off_target (unit_id, period, off_target, past_warning)
  SELECT unit_id, period, COUNT(*), SUM(past_warning) FROM measurements
  WHERE superseded_at IS NULL AND live = 1 AND off_target = 1 GROUP BY unit_id, period;
