import { describe, expect, it } from 'vitest';
import type { Principal } from '../api/types';
import { importBody } from './FrameworkImportModal';
import { canManageFrameworks } from './types';

const user = (unit_path: string, permissions: string[]): Principal => ({
  id: 1, email: 'a@b.vn', full_name: 'A', unit_id: 1, language: 'vi', time_zone: 'Asia/Ho_Chi_Minh',
  grants: [{ id: 1, role: 'quality_manager', unit_id: 1, unit_path, valid_until: null, permissions } as Principal['grants'][number]],
});

describe('frameworks', () => {
  it('may be changed only with manage_frameworks at the top of the organisation', () => {
    expect(canManageFrameworks(user('/1/', ['manage_frameworks']))).toBe(true);
    expect(canManageFrameworks(user('/1/7/', ['manage_frameworks']))).toBe(false);
    expect(canManageFrameworks(user('/1/', ['view_documents']))).toBe(false);
    expect(canManageFrameworks(null)).toBe(false);
  });

  it('sends a workbook as its bytes, a JSON file as JSON and anything else as CSV', async () => {
    expect(await importBody(new File(['{"nodes":[]}'], 'khung.JSON'))).toEqual({ json: { nodes: [] } });
    expect(await importBody(new File(['number\n'], 'khung.csv'))).toEqual({ csv: 'number\n' });
    await expect(importBody(new File(['{'], 'khung.json'))).rejects.toThrow(SyntaxError);
    const workbook = new File([new Uint8Array([0x50, 0x4b, 3, 4])], 'Khung.XLSX');
    expect(await importBody(workbook)).toEqual({ xlsx: workbook });
  });
});
