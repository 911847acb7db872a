import type { Permission, Principal } from './api/types';

/**
 * True if one of the user's grants (those in force, as the session lists them, each with the permissions the server
 * says its role gives) gives `permission`: anywhere, or, with `unitPath` (a unit's materialised path, "/1/7/42/"),
 * on that unit, which a grant covers when the unit is in the subtree of the grant's unit.
 */
export function can(user: Principal | null, permission: Permission, unitPath?: string): boolean {
  return !!user?.grants.some(
    (g) => g.permissions.includes(permission) && (unitPath === undefined || unitPath.startsWith(g.unit_path)),
  );
}
