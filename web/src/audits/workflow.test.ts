import { describe, expect, it } from 'vitest';
import { answered, auditActionsFor, mayAnswer, mayPrepare, mayReplan, raisedBy, reportFor } from './workflow';
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

describe('mayPrepare and mayReplan', () => {
  const planned = { status: 'planned' as const, archived_at: null };
  const cancelled = { status: 'planned' as const, archived_at: '2026-03-01T08:00:00Z' };
  it('let the auditors and managers prepare questions of a planned audit, and only managers change its plan', () => {
    expect(mayPrepare(planned, { ...none, team: true })).toBe(true);
    expect(mayPrepare(planned, none)).toBe(false);
    expect(mayReplan(planned, { ...none, manager: true })).toBe(true);
    expect(mayReplan(planned, { ...none, lead: true })).toBe(false);
  });
  it('close a started or cancelled audit to both', () => {
    for (const a of [cancelled, { status: 'in_progress' as const, archived_at: null }]) {
      expect(mayPrepare(a, { lead: true, team: true, manager: true })).toBe(false);
      expect(mayReplan(a, { lead: true, team: true, manager: true })).toBe(false);
    }
  });
});

describe('reportFor', () => {
  it('offers the report once reported, and filing it to the lead auditor or a manager', () => {
    expect(reportFor('in_progress', { lead: true, team: true, manager: true })).toEqual({ download: false, file: false });
    expect(reportFor('reported', { ...none, team: true })).toEqual({ download: true, file: false });
    expect(reportFor('reported', { ...none, lead: true })).toEqual({ download: true, file: true });
    expect(reportFor('closed', { ...none, manager: true })).toEqual({ download: true, file: true });
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
  it('leaves out the equal clause of another edition of the same standard', () => {
    // 10 (ISO 21001:2018) is equal to 110 (ISO 9001:2015) and to 210 (ISO 21001:2025).
    const editions = [...crosswalk, { from: end(10), to: { ...end(210), standard_id: 3 }, relation: 'equal' as const }];
    const codeOf = (id: number) => ({ 1: 'iso-21001', 2: 'iso-9001', 3: 'iso-21001' } as Record<number, string>)[id];
    expect(withEqualClauses([10], editions, codeOf)).toEqual([10, 110]);
    expect(withEqualClauses([10], editions)).toEqual([10, 110, 210]);
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
