import { describe, expect, it } from 'vitest';
import { answered, auditActionsFor, mayAnswer, raisedBy } from './workflow';
import { withEqualClauses } from './clauses';
import { clauseRefLabel, clauseRefsText } from './labels';

const none = { lead: false, team: false, manager: false };

describe('auditActionsFor', () => {
  it('lets the lead auditor or a manager start a planned audit', () => {
    expect(auditActionsFor('planned', { ...none, lead: true })).toEqual(['start']);
    expect(auditActionsFor('planned', { ...none, manager: true })).toEqual(['start']);
    expect(auditActionsFor('planned', { ...none, team: true })).toEqual([]);
  });
  it('lets only the lead auditor report, and only a manager close', () => {
    expect(auditActionsFor('in_progress', { lead: false, team: true, manager: true })).toEqual([]);
    expect(auditActionsFor('in_progress', { ...none, lead: true })).toEqual(['report']);
    expect(auditActionsFor('reported', { ...none, lead: true })).toEqual([]);
    expect(auditActionsFor('reported', { ...none, manager: true })).toEqual(['close']);
  });
  it('offers nothing on a closed audit', () => {
    expect(auditActionsFor('closed', { lead: true, team: true, manager: true })).toEqual([]);
  });
});

describe('mayAnswer', () => {
  it('opens the checklist to the lead, the team and managers while the audit is in progress', () => {
    for (const who of [{ ...none, lead: true }, { ...none, team: true }, { ...none, manager: true }]) {
      expect(mayAnswer('in_progress', who)).toBe(true);
      expect(mayAnswer('planned', who)).toBe(false);
      expect(mayAnswer('reported', who)).toBe(false);
    }
    expect(mayAnswer('in_progress', none)).toBe(false);
  });
});

describe('checklist results', () => {
  it('say what a result raises', () => {
    expect(raisedBy('major_nonconformity')).toBe('nonconformity');
    expect(raisedBy('minor_nonconformity')).toBe('nonconformity');
    expect(raisedBy('opportunity_for_improvement')).toBe('improvement');
    expect(raisedBy('observation')).toBeNull();
    expect(raisedBy(undefined)).toBeNull();
  });
  it('count "not audited" as an answer and an empty result as none', () => {
    expect(answered([{ result: 'not_audited' }, { result: null }, { result: 'conforming' }])).toEqual({ answered: 2, total: 3 });
  });
});

describe('withEqualClauses', () => {
  const end = (clause_id: number) => ({ clause_id, standard_id: clause_id > 100 ? 2 : 1, number: '', title_en: '', title_vi: '' });
  const crosswalk = [
    { from: end(10), to: end(110), relation: 'equal' as const },
    { from: end(11), to: end(111), relation: 'subset' as const },
    { from: end(12), to: end(112), relation: 'equal' as const },
  ];
  it('adds the equal clause of the other standard, from either side, once, after the choices', () => {
    expect(withEqualClauses([10, 11], crosswalk)).toEqual([10, 11, 110]);
    expect(withEqualClauses([112], crosswalk)).toEqual([112, 12]);
    expect(withEqualClauses([10, 110], crosswalk)).toEqual([10, 110]);
    expect(withEqualClauses([], crosswalk)).toEqual([]);
  });
});

describe('clause references', () => {
  it('name the standard from the URN, so a line shows both references', () => {
    const a = { urn: 'urn:eduims:std:iso-21001:2018:clause:9.2', number: '9.2' };
    const b = { urn: 'urn:eduims:std:iso-9001:2015:clause:9.2', number: '9.2' };
    expect(clauseRefLabel(a)).toBe('ISO 21001:2018 9.2');
    expect(clauseRefsText([a, b])).toBe('ISO 21001:2018 9.2 · ISO 9001:2015 9.2');
    expect(clauseRefLabel({ urn: 'other', number: '4.1' })).toBe('4.1');
  });
});
