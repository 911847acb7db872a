import type { Principal, Role } from './api/types';

export const PERMISSIONS = [
  'view_organisation', 'manage_organisation', 'view_users', 'manage_users', 'view_actions', 'manage_actions',
  'update_own_actions', 'view_audit_log', 'view_documents', 'manage_documents',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

/**
 * What each role may do: the server's table (src/platform/auth/roles.cc) for the permissions the web application
 * consults (`permissions.test.ts` keeps the two equal; a permission the server adds counts once the web uses it).
 * The session names the user's roles, not what they allow, so the menu decides from this copy; the server still
 * checks every request.
 */
export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  administrator: PERMISSIONS,
  top_management: [
    'view_organisation', 'view_users', 'view_actions', 'manage_actions', 'update_own_actions', 'view_audit_log',
    'view_documents', 'manage_documents',
  ],
  quality_manager: [
    'view_organisation', 'view_users', 'view_actions', 'manage_actions', 'update_own_actions', 'view_audit_log',
    'view_documents', 'manage_documents',
  ],
  process_owner: [
    'view_organisation', 'view_users', 'view_actions', 'manage_actions', 'update_own_actions', 'view_documents',
    'manage_documents',
  ],
  internal_auditor: [
    'view_organisation', 'view_users', 'view_actions', 'update_own_actions', 'view_audit_log', 'view_documents',
  ],
  staff: ['view_organisation', 'view_actions', 'update_own_actions', 'view_documents'],
  external_auditor: ['view_organisation', 'view_actions', 'view_documents'],
};

/**
 * True if one of the user's grants (those in force, as the session lists them) gives `permission`: anywhere, or,
 * with `unitPath` (a unit's materialised path, "/1/7/42/"), on that unit, which a grant covers when it is on the
 * unit or one of its ancestors.
 */
export function can(user: Principal | null, permission: Permission, unitPath?: string): boolean {
  return !!user?.grants.some(
    (g) => ROLE_PERMISSIONS[g.role]?.includes(permission) && (unitPath === undefined || unitPath.includes(`/${g.unit_id}/`)),
  );
}
