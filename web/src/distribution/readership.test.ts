import { describe, expect, it } from 'vitest';
import { targetsBody, unitReports, unlisted } from './readership';
import type { Readership } from './types';

describe('targetsBody', () => {
  it('drops rows without a unit, sends an empty role as everyone, and each target once', () => {
    expect(targetsBody([{ unit_id: 4 }, undefined, {}, { unit_id: 5, role: 'staff' }, { unit_id: 4, role: null }, { unit_id: 5, role: 'staff' }]))
      .toEqual([{ unit_id: 4, role: null }, { unit_id: 5, role: 'staff' }]);
    expect(targetsBody([])).toEqual([]);
  });
});

const READERSHIP: Readership = {
  revision_id: 12, targets: [{ unit_id: 4, role: null }], addressees: 106, acknowledged: 3, percent: 2,
  units: [
    { unit_id: 6, unit_name: 'Tổ Toán - Tin', addressees: 1, acknowledged: 0, percent: 0 },
    { unit_id: 4, unit_name: 'Trường THPT Tô Hiệu', addressees: 100, acknowledged: 3, percent: 3 },
    { unit_id: 9, unit_name: 'Trường THCS Chiềng Sinh', addressees: 5, acknowledged: 0, percent: 0 },
  ],
  pending: [
    { user_id: 1, full_name: 'Đinh Công Sơn', unit_id: 4 },
    { user_id: 2, full_name: 'Quàng Thị Mai', unit_id: 6 },
    { user_id: 3, full_name: 'Dương Văn An', unit_id: 4 },
    { user_id: 4, full_name: 'Hà Thị Lan', unit_id: 4 },
  ],
};

describe('unitReports', () => {
  it('gives each unit its pending readers, units and names in Vietnamese alphabetical order (đ after d)', () => {
    const rows = unitReports(READERSHIP);
    expect(rows.map((u) => u.unit_name)).toEqual(['Tổ Toán - Tin', 'Trường THCS Chiềng Sinh', 'Trường THPT Tô Hiệu']);
    expect(rows[2].pending.map((p) => p.full_name)).toEqual(['Dương Văn An', 'Đinh Công Sơn', 'Hà Thị Lan']);
    expect(rows[0].pending.map((p) => p.full_name)).toEqual(['Quàng Thị Mai']);
    expect(rows[1].pending).toEqual([]);
    expect(READERSHIP.units[0].unit_name).toBe('Tổ Toán - Tin'); // the response itself is left as it was
  });
  it('counts those not named beyond the first the server lists', () => {
    expect(unlisted(READERSHIP)).toBe(99);
    expect(unlisted({ ...READERSHIP, addressees: 7 })).toBe(0);
  });
});
