import { describe, expect, it } from 'vitest';
import type { Permission, Principal } from './api/types';
import { can, highestUnitFor } from './permissions';

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

describe('highestUnitFor', () => {
  it('is the grant unit nearest the root that gives the permission, not the home unit', () => {
    // A department's quality manager homed in its office (/1/2/): staff there, quality manager on the department.
    const qm = user([
      { unit_path: '/1/2/', permissions: STAFF },
      { unit_path: '/1/', permissions: [...QUALITY_MANAGER, 'view_certification'] },
    ]);
    expect(highestUnitFor({ ...qm, unit_id: 2 }, 'view_certification')).toBe(1);
    expect(highestUnitFor(qm, 'view_documents')).toBe(1);
    const school = user([{ unit_path: '/1/7/42/', permissions: ['view_certification'] }, { unit_path: '/1/7/', permissions: ['view_certification'] }]);
    expect(highestUnitFor(school, 'view_certification')).toBe(7);
    expect(highestUnitFor(school, 'manage_users')).toBeUndefined();
    expect(highestUnitFor(null, 'view_certification')).toBeUndefined();
  });
});
