import { describe, expect, it } from 'vitest';
import dayjs from 'dayjs';
import { auditBody } from './AuditDialogs';

const base = { type: 'stage2' as const, start_date: dayjs('2026-10-05'), end_date: dayjs('2026-10-07'), audit_days: 2.5 };

describe('auditBody', () => {
  it('puts the lead first and each member once, without blanks or the lead again', () => {
    expect(auditBody({ ...base, lead: ' Nguyễn Minh Quân ', members: ['Phạm Thu Hà', ' ', 'Phạm Thu Hà ', 'Nguyễn Minh Quân'] })).toEqual({
      type: 'stage2', start_date: '2026-10-05', end_date: '2026-10-07', audit_days: 2.5, notes: '',
      team: [{ name: 'Nguyễn Minh Quân', role: 'lead' }, { name: 'Phạm Thu Hà', role: 'member' }],
    });
  });

  it('sends a justification only when one is written', () => {
    expect(auditBody({ ...base, type: 'surveillance', lead: 'A', window_justification: '  ' })).not.toHaveProperty('window_justification');
    expect(auditBody({ ...base, type: 'surveillance', lead: 'A', window_justification: ' Đánh giá sớm ' }).window_justification).toBe('Đánh giá sớm');
  });
});
