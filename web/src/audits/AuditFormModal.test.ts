import { describe, expect, it } from 'vitest';
import dayjs from 'dayjs';
import { auditBody, auditPatch, clausesInChecklistOrder } from './AuditFormModal';
import type { Audit, ChecklistLine } from './types';

const values = {
  programme_id: 3, unit_id: 7, title: 'Đánh giá hồ sơ', type: 'internal', lead_auditor_id: 4,
  planned_start: dayjs('2026-03-02'), planned_end: dayjs('2026-03-03'), clause_ids: [70, 190], auditee_ids: [9, 12],
};

describe('auditBody and auditPatch', () => {
  it('send the auditees with the plan, and empty lists rather than missing ones', () => {
    expect(auditBody(values)).toEqual({
      programme_id: 3, unit_id: 7, title: 'Đánh giá hồ sơ', type: 'internal', lead_auditor_id: 4, team_ids: [],
      auditee_ids: [9, 12], planned_start: '2026-03-02', planned_end: '2026-03-03', agenda: '', clause_ids: [70, 190],
      process_ids: [],
    });
    expect(auditBody({ ...values, auditee_ids: undefined }).auditee_ids).toEqual([]);
  });
  it('edit the plan with the version read, leaving the programme and the unit alone', () => {
    const patch = auditPatch(5, values);
    expect(patch.version).toBe(5);
    expect(patch).not.toHaveProperty('programme_id');
    expect(patch).not.toHaveProperty('unit_id');
    expect(patch.auditee_ids).toEqual([9, 12]);
  });
});

describe('clausesInChecklistOrder', () => {
  const ref = (id: number) => ({ id, urn: `urn:eduims:std:iso-21001:2018:clause:${id}`, number: String(id) });
  const line = (position: number, ids: number[]) => ({ id: position, position, clauses: ids.map(ref) }) as unknown as ChecklistLine;
  it('keeps the order of the checklist, so an untouched plan regroups nothing', () => {
    const audit = { clauses: [ref(70), ref(85), ref(190)], checklist: [line(1, [85]), line(2, [70, 190])] } as unknown as Audit;
    expect(clausesInChecklistOrder(audit)).toEqual([85, 70, 190]);
    expect(clausesInChecklistOrder({ ...audit, checklist: undefined })).toEqual([70, 85, 190]);
  });
});
