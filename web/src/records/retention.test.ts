import { describe, expect, it } from 'vitest';
import { retainUntil, retentionState } from './retention';
import { recordBody } from './RecordFormModal';
import dayjs from 'dayjs';
import type { RetainedRecord } from './types';

describe('retainUntil', () => {
  it('adds the months on the same day, or the last day of a shorter month', () => {
    expect(retainUntil('2020-08-15', 60)).toBe('2025-08-15');
    expect(retainUntil('2026-01-31', 1)).toBe('2026-02-28');
    expect(retainUntil('2027-01-31', 13)).toBe('2028-02-29');
    expect(retainUntil('2026-11-30', 3)).toBe('2027-02-28');
    expect(retainUntil('2026-12-31', 12)).toBe('2027-12-31');
    expect(retainUntil('2026-05-30', 1200)).toBe('2126-05-30');
  });
  it('previews nothing for an incomplete date or period', () => {
    expect(retainUntil(undefined, 60)).toBeNull();
    expect(retainUntil('2026-5-1', 60)).toBeNull();
    expect(retainUntil('2026-05-01', 0)).toBeNull();
    expect(retainUntil('2026-05-01', 1.5)).toBeNull();
    expect(retainUntil('2026-05-01', null)).toBeNull();
  });
});

describe('retentionState', () => {
  const kept = { disposed_at: null, legal_hold: false, due_for_disposal: false };
  it('follows the order in which the server refuses disposal: disposed, hold, retention', () => {
    expect(retentionState(kept)).toBe('kept');
    expect(retentionState({ ...kept, due_for_disposal: true })).toBe('due');
    expect(retentionState({ ...kept, legal_hold: true })).toBe('hold');
    expect(retentionState({ ...kept, legal_hold: true, disposed_at: '2026-11-01T00:00:00Z' })).toBe('disposed');
  });
});

const RECORD: RetainedRecord = {
  id: 4, unit_id: 7, title: 'Biên bản họp', category: 'meeting_minutes', description: '', recorded_on: '2026-10-01',
  retention_months: 60, retain_until: '2031-10-01', legal_hold: true, legal_hold_reason: 'Khiếu nại', due_for_disposal: false,
  owner_id: 3, clause_ids: [12, 40], version: 5, created_by: 3, created_at: '2026-10-02T00:00:00Z',
  updated_at: '2026-10-02T00:00:00Z', disposed_at: null, disposal_reason: null,
};

describe('recordBody', () => {
  it('sends a new record with what was given, the date as the API writes it', () => {
    expect(recordBody({ title: ' Điểm danh ', category: 'attendance', unit_id: 7, recorded_on: dayjs('2026-11-02'), retention_months: null })).toEqual({
      title: 'Điểm danh', category: 'attendance', unit_id: 7, recorded_on: '2026-11-02', clause_ids: [],
    });
  });
  it('sends only what changed on an edit, never the hold, with the version', () => {
    const same = { title: RECORD.title, category: RECORD.category, recorded_on: dayjs(RECORD.recorded_on), retention_months: 60, description: '', clause_ids: [12, 40] };
    expect(recordBody(same, RECORD)).toEqual({ version: 5 });
    expect(recordBody({ ...same, retention_months: 120, clause_ids: [12] }, RECORD)).toEqual({ version: 5, retention_months: 120, clause_ids: [12] });
  });
});
