-- The indicator's code kept on each of its values (issue 18, speed): the comparison of one code across a province
-- reads the period's current values of that code as one run of a partial index, instead of a thousand seeks into the
-- values of every code of the period. The indicator store writes the code with each value and rewrites it in the
-- same transaction when an indicator's code changes.
ALTER TABLE measurements ADD COLUMN code TEXT NOT NULL DEFAULT '';
UPDATE measurements SET code = (SELECT i.code FROM indicators i WHERE i.id = measurements.indicator_id);
CREATE INDEX measurements_code_period ON measurements (code, period, indicator_id, value, weight)
  WHERE superseded_at IS NULL;
-- Only the comparison read this one.
DROP INDEX measurements_period;
