import { describe, expect, it } from 'vitest';
import type { Permission, Principal } from './api/types';
import { can } from './permissions';

const STAFF: Permission[] = ['view_organisation', 'view_actions', 'update_own_actions', 'view_documents', 'view_processes'];
const QUALITY_MANAGER: Permission[] = [...STAFF, 'view_users', 'manage_actions', 'view_audit_log', 'manage_documents', 'manage_processes'];

const user = (grants: { unit_path: string; permissions: Permission[] }[]): Principal => ({
  id: 1, email: 'a@b.vn', full_name: 'A', unit_id: 1, language: 'vi', time_zone: 'Asia/Ho_Chi_Minh',
  grants: grants.map((g, i) => ({ id: i + 1, role: 'staff', unit_id: Number(g.unit_path.split('/').at(-2)), valid_until: null, ...g })),
});

describe('can', () => {
  it('answers from the permissions the server lists on the grants, whatever the role is called', () => {
    const staff = user([{ unit_path: '/1/7/', permissions: STAFF }]);
    expect(can(staff, 'view_documents')).toBe(true);
    expect(can(staff, 'view_processes')).toBe(true);
    expect(can(staff, 'manage_processes')).toBe(false);
    expect(can(staff, 'view_users')).toBe(false);
    expect(can(null, 'view_documents')).toBe(false);
    expect(can(user([]), 'view_organisation')).toBe(false);
  });

  it('covers the grant unit and its subtree, nothing above or beside', () => {
    const qm = user([{ unit_path: '/1/7/', permissions: QUALITY_MANAGER }, { unit_path: '/1/9/', permissions: STAFF }]);
    expect(can(qm, 'manage_processes', '/1/7/')).toBe(true);
    expect(can(qm, 'manage_processes', '/1/7/42/')).toBe(true);
    expect(can(qm, 'manage_processes', '/1/')).toBe(false);
    expect(can(qm, 'manage_processes', '/1/9/')).toBe(false);
    expect(can(qm, 'view_processes', '/1/9/')).toBe(true);
    expect(can(qm, 'manage_processes', '/1/17/')).toBe(false);
    expect(can(qm, 'manage_processes', '/2/1/7/')).toBe(false);
  });
});
