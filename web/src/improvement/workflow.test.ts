import { describe, expect, it } from 'vitest';
import type { NcStatus, NcStepRecord } from './types';
import {
  improvementActionsFor, mayAddActions, mayArchive, maySetDueDays, ncActionsFor, ncStepBody, stepsByCycle,
} from './workflow';
import { paretoLayout } from './pareto';

const nc = (status: NcStatus, archived_at: string | null = null) => ({ status, archived_at });
const manager = { manager: true, verifier: false };
const verifier = { manager: false, verifier: true };

describe('ncActionsFor', () => {
  it('gives a manager each step of the path in turn', () => {
    expect(ncActionsFor(nc('reported'), manager)).toEqual(['contain']);
    expect(ncActionsFor(nc('contained'), manager)).toEqual(['analyse']);
    expect(ncActionsFor(nc('cause_analysed'), manager)).toEqual(['plan']);
    expect(ncActionsFor(nc('action_planned'), manager)).toEqual(['implement']);
    expect(ncActionsFor(nc('verified'), manager)).toEqual(['close']);
    expect(ncActionsFor(nc('closed'), manager)).toEqual([]);
  });
  it('leaves the verdicts on effectiveness to the named verifier, not to managers', () => {
    expect(ncActionsFor(nc('implemented'), manager)).toEqual([]);
    expect(ncActionsFor(nc('implemented'), verifier)).toEqual(['verify_effective', 'verify_ineffective']);
    expect(ncActionsFor(nc('reported'), verifier)).toEqual([]);
    expect(ncActionsFor(nc('implemented'), { manager: true, verifier: true })).toEqual(['verify_effective', 'verify_ineffective']);
  });
  it('offers nothing on an archived record or to someone who is neither', () => {
    expect(ncActionsFor(nc('reported', '2026-01-01T00:00:00Z'), manager)).toEqual([]);
    expect(ncActionsFor(nc('reported'), { manager: false, verifier: false })).toEqual([]);
  });
});

describe('actions and archiving', () => {
  it('lets a manager add actions only between the analysis and implementation', () => {
    expect(mayAddActions(nc('contained'), true)).toBe(false);
    expect(mayAddActions(nc('cause_analysed'), true)).toBe(true);
    expect(mayAddActions(nc('action_planned'), true)).toBe(true);
    expect(mayAddActions(nc('implemented'), true)).toBe(false);
    expect(mayAddActions(nc('cause_analysed'), false)).toBe(false);
  });
  it('archives only records not under way', () => {
    expect(mayArchive(nc('reported'), true)).toBe(true);
    expect(mayArchive(nc('closed'), true)).toBe(true);
    expect(mayArchive(nc('contained'), true)).toBe(false);
    expect(mayArchive(nc('closed', '2026-01-01T00:00:00Z'), true)).toBe(false);
  });
});

describe('ncStepBody', () => {
  it('sends only the fields of the step', () => {
    const all = {
      comment: ' ', correction: 'Sửa', root_cause_method: 'five_whys' as const, root_cause: 'R', whys: ['a'],
      categories: ['people'], effectiveness_criterion: 'C', verification_due: '2026-12-31', verifier_id: 4,
    };
    expect(ncStepBody('contain', 3, all)).toEqual({ version: 3, action: 'contain', correction: 'Sửa' });
    expect(ncStepBody('plan', 3, all)).toEqual({
      version: 3, action: 'plan', effectiveness_criterion: 'C', verification_due: '2026-12-31', verifier_id: 4,
    });
    expect(ncStepBody('implement', 3, { ...all, comment: 'ok' })).toEqual({ version: 3, action: 'implement', comment: 'ok' });
  });
  it('sends the non-blank whys of a five-whys analysis, or the categories, never both', () => {
    expect(ncStepBody('analyse', 1, { root_cause_method: 'five_whys', root_cause: 'R', whys: ['a', '', undefined, ' b'], categories: ['people'] }))
      .toEqual({ version: 1, action: 'analyse', root_cause_method: 'five_whys', root_cause: 'R', whys: ['a', ' b'] });
    expect(ncStepBody('analyse', 1, { root_cause_method: 'categories', root_cause: 'R', whys: ['a'], categories: ['people'] }))
      .toEqual({ version: 1, action: 'analyse', root_cause_method: 'categories', root_cause: 'R', categories: ['people'] });
  });
  it('always sends the comment of a verdict, which the server requires', () => {
    expect(ncStepBody('verify_ineffective', 5, {})).toEqual({ version: 5, action: 'verify_ineffective', comment: '' });
  });
});

describe('stepsByCycle', () => {
  const step = (id: number, cycle: number): NcStepRecord => ({
    id, cycle, action: 'contain', from: 'reported', to: 'contained', user_id: null, comment: '', details: {}, at: '',
  });
  it('groups the history by cycle, newest cycle first, steps in order', () => {
    expect(stepsByCycle([step(1, 1), step(2, 1), step(3, 2)]).map((c) => [c.cycle, c.steps.map((s) => s.id)]))
      .toEqual([[2, [3]], [1, [1, 2]]]);
    expect(stepsByCycle([])).toEqual([]);
  });
});

describe('improvementActionsFor', () => {
  it('lets managers decide a proposal, and them or the owner complete it', () => {
    const i = (status: 'proposed' | 'accepted' | 'rejected' | 'completed') => ({ status, archived_at: null });
    expect(improvementActionsFor(i('proposed'), { manager: true, owner: false })).toEqual(['accept', 'reject']);
    expect(improvementActionsFor(i('proposed'), { manager: false, owner: true })).toEqual([]);
    expect(improvementActionsFor(i('accepted'), { manager: false, owner: true })).toEqual(['complete']);
    expect(improvementActionsFor(i('completed'), { manager: true, owner: true })).toEqual([]);
  });
});

describe('maySetDueDays', () => {
  const grant = (unit_path: string, permissions: string[]) => ({
    id: 1, role: 'quality_manager' as const, unit_id: 1, unit_path, valid_until: null, permissions: permissions as never,
  });
  it('needs manage_improvement on the top-level unit', () => {
    expect(maySetDueDays({ grants: [grant('/1/', ['manage_improvement'])] })).toBe(true);
    expect(maySetDueDays({ grants: [grant('/1/7/', ['manage_improvement'])] })).toBe(false);
    expect(maySetDueDays({ grants: [grant('/1/', ['view_improvement'])] })).toBe(false);
    expect(maySetDueDays(null)).toBe(false);
  });
});

describe('paretoLayout', () => {
  const bars = [
    { label: 'A', count: 4, cumulative_percent: 50 },
    { label: 'B', count: 3, cumulative_percent: 87.5 },
    { label: 'C', count: 1, cumulative_percent: 100 },
  ];
  it('scales bars to the largest count and the line to 100 % of the plot height', () => {
    const l = paretoLayout(bars);
    const plotHeight = l.plot.bottom - l.plot.top;
    expect(l.max).toBe(4);
    expect(l.bars[0].height).toBeCloseTo(plotHeight);
    expect(l.bars[1].height).toBeCloseTo(plotHeight * 0.75);
    expect(l.bars[2].y + l.bars[2].height).toBeCloseTo(l.plot.bottom);
    expect(l.line[2].y).toBeCloseTo(l.plot.top);
    expect(l.line[0].y).toBeCloseTo(l.plot.bottom - plotHeight / 2);
  });
  it('puts each point of the line above the middle of its bar, left to right, inside the plot', () => {
    const l = paretoLayout(bars);
    l.bars.forEach((b, i) => {
      expect(l.line[i].x).toBeCloseTo(b.x + b.width / 2);
      expect(b.x).toBeGreaterThanOrEqual(l.plot.left);
      expect(b.x + b.width).toBeLessThanOrEqual(l.plot.right);
    });
    expect(l.bars[0].x).toBeLessThan(l.bars[1].x);
  });
  it('widens with many bars and keeps a minimum width with few', () => {
    expect(paretoLayout(bars).width).toBe(320);
    const many = Array.from({ length: 20 }, (_, i) => ({ label: `${i}`, count: 20 - i, cumulative_percent: (i + 1) * 5 }));
    expect(paretoLayout(many).width).toBeGreaterThan(20 * 50);
  });
});
