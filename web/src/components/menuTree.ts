// The main menu as a tree: entries without a group at the top level, the others under their group's heading, the
// groups in MENU_GROUPS order and an empty group (none of its screens allowed) left out. Which groups are folded is
// remembered on the device, so that a user who folds away what they never use finds the menu so next time.
import { MENU_GROUPS, type MenuGroup, type Screen } from '../screens';

export type MenuNode = { screen: Screen } | { group: MenuGroup; screens: Screen[] };

/** The entries in menu order: top-level entries before the groups, except the last one (the profile) after them. */
export function menuTree(entries: readonly Screen[]): MenuNode[] {
  const top = entries.filter((s) => !s.group);
  const groups: MenuNode[] = MENU_GROUPS.map((group) => ({ group, screens: entries.filter((s) => s.group === group) }))
    .filter((g) => g.screens.length > 0);
  const [first, ...rest] = top;
  return [...(first ? [{ screen: first }] : []), ...groups, ...rest.map((screen) => ({ screen }))];
}

/** The group a path's page belongs to: that group stays unfolded while its page is open. */
export function groupOf(entries: readonly Screen[], selected: readonly string[]): MenuGroup | undefined {
  return entries.find((s) => selected.includes(s.path))?.group;
}

const FOLDED_KEY = 'eduims.menu.folded';

export function foldedGroups(): MenuGroup[] {
  try {
    const v: unknown = JSON.parse(localStorage.getItem(FOLDED_KEY) ?? '[]');
    return Array.isArray(v) ? MENU_GROUPS.filter((g) => v.includes(g)) : [];
  } catch {
    return [];
  }
}

export function rememberFolded(groups: readonly MenuGroup[]) {
  try {
    localStorage.setItem(FOLDED_KEY, JSON.stringify(groups));
  } catch {
    /* private mode: folded for this visit only */
  }
}
