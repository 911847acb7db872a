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

/**
 * The highest unit on which the user's grants give `permission` (the one nearest the root; of several as high, the
 * first granted): where a screen about one unit opens, so that a department's quality manager starts on the
 * department rather than on the office they are homed in.
 */
export function highestUnitFor(user: Principal | null, permission: Permission): number | undefined {
  const depth = (path: string) => path.split('/').filter(Boolean).length;
  const grants = (user?.grants ?? []).filter((g) => g.permissions.includes(permission));
  return grants.reduce<(typeof grants)[number] | undefined>(
    (best, g) => (!best || depth(g.unit_path) < depth(best.unit_path) ? g : best), undefined)?.unit_id;
}
