-- The documents distributed to a reader are found from the units on the path of the reader's own unit: the
-- document list and the search show what was distributed to the caller without reading the whole distribution.
CREATE INDEX document_distribution_unit ON document_distribution (unit_id, document_id);
