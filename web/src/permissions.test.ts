import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROLES, type Principal } from './api/types';
import { can, PERMISSIONS, ROLE_PERMISSIONS } from './permissions';

/** The role table of the server's source: { role name: [permission, ...] } with kViewOrganisation -> view_organisation. */
function serverTable(): Record<string, string[]> {
  const source = readFileSync(join(import.meta.dirname, '../../src/platform/auth/roles.cc'), 'utf8');
  const table: Record<string, string[]> = {};
  for (const m of source.matchAll(/\{Role::k\w+,\s*"(\w+)",\s*\{([^}]*)\}\}/g)) {
    table[m[1]] = [...m[2].matchAll(/P::k(\w+)/g)].map((p) => p[1].replace(/(?<=.)([A-Z])/g, '_$1').toLowerCase());
  }
  return table;
}

const user = (grants: { role: (typeof ROLES)[number]; unit_id: number }[]): Principal => ({
  id: 1, email: 'a@b.vn', full_name: 'A', unit_id: 1, language: 'vi', time_zone: 'Asia/Ho_Chi_Minh',
  grants: grants.map((g, i) => ({ id: i + 1, valid_until: null, ...g })),
});

describe('ROLE_PERMISSIONS', () => {
  it('is the server role table, for the permissions the web application consults', () => {
    const server = serverTable();
    expect(Object.keys(server).sort()).toEqual([...ROLES].sort());
    const consulted = (list: readonly string[]) => list.filter((p) => (PERMISSIONS as readonly string[]).includes(p)).sort();
    for (const role of ROLES) expect([...ROLE_PERMISSIONS[role]].sort(), role).toEqual(consulted(server[role]));
    expect(consulted(server.administrator)).toEqual([...PERMISSIONS].sort()); // every one of them still exists
  });
});

describe('can', () => {
  it('answers from the roles of the grants', () => {
    const staff = user([{ role: 'staff', unit_id: 7 }]);
    expect(can(staff, 'view_documents')).toBe(true);
    expect(can(staff, 'view_users')).toBe(false);
    expect(can(staff, 'view_audit_log')).toBe(false);
    expect(can(null, 'view_documents')).toBe(false);
    expect(can(user([]), 'view_organisation')).toBe(false);
  });

  it('covers the grant unit and its subtree, nothing above or beside', () => {
    const qm = user([{ role: 'quality_manager', unit_id: 7 }, { role: 'staff', unit_id: 9 }]);
    expect(can(qm, 'manage_documents', '/1/7/')).toBe(true);
    expect(can(qm, 'manage_documents', '/1/7/42/')).toBe(true);
    expect(can(qm, 'manage_documents', '/1/')).toBe(false);
    expect(can(qm, 'manage_documents', '/1/9/')).toBe(false);
    expect(can(qm, 'view_documents', '/1/9/')).toBe(true);
    expect(can(qm, 'manage_documents', '/1/17/')).toBe(false);
  });
});
