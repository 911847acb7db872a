import { describe, expect, it } from 'vitest';
import { SCREENS } from '../screens';
import i18n from '../i18n';
import { menuTree } from './menuTree';

const menuScreens = SCREENS.filter((s) => s.menu !== false);

describe('the main menu', () => {
  it('puts its entries under its groups, with only home and the profile at the top level', () => {
    const tree = menuTree(menuScreens);
    expect(tree.map((n) => ('group' in n ? n.group : n.screen.key))).toEqual(
      ['home', 'context', 'planning', 'documents', 'people', 'auditing', 'voice', 'leadership', 'certification',
        'administration', 'profile'],
    );
    const entries = tree.flatMap((n) => ('group' in n ? n.screens : [n.screen]));
    expect(entries).toHaveLength(menuScreens.length);
    for (const n of tree) if ('group' in n) expect(n.screens.length).toBeLessThanOrEqual(6);
  });

  it('leaves out a group none of whose screens the user may open', () => {
    const staff = menuScreens.filter((s) => !s.permission || ['view_documents', 'view_processes'].includes(s.permission));
    expect(menuTree(staff).map((n) => ('group' in n ? n.group : n.screen.key))).toEqual(['home', 'context', 'documents', 'profile']);
  });

  it('labels every group in both languages', () => {
    for (const lng of ['vi', 'en']) {
      for (const n of menuTree(menuScreens)) {
        if ('group' in n) expect(i18n.exists(`navGroup.${n.group}`, { lng }), `${lng} ${n.group}`).toBe(true);
      }
    }
  });
});
