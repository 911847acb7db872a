-- The qualified auditors of an audit programme (issue 20) are found from the holdings of the internal auditor
-- competences: few rows among a province's holdings, read through this index instead of a scan of all of them.
CREATE INDEX competence_holdings_code ON competence_holdings (competence_code, user_id);
