import { describe, expect, it } from 'vitest';
import { grouped, groupOf, type UserTask } from './types';

const task = (key: string, due: string | null, overdue = false): UserTask => ({
  key, kind: 'action_due', title: key, due, link: `/actions?id=${key}`, overdue,
});

describe('notification groups', () => {
  it('puts overdue tasks first, then the next seven days, later ones, and undated ones last', () => {
    const today = '2026-11-23';
    expect(groupOf(task('a', '2026-11-20', true), today)).toBe('overdue');
    expect(groupOf(task('b', '2026-11-23'), today)).toBe('thisWeek');
    expect(groupOf(task('c', '2026-11-30'), today)).toBe('thisWeek');
    expect(groupOf(task('d', '2026-12-01'), today)).toBe('later');
    expect(groupOf(task('e', null), today)).toBe('noDue');
    const groups = grouped({ today, count: 3, overdue: 1, items: [task('a', '2026-11-20', true), task('e', null), task('b', '2026-11-23')] });
    expect(groups.map((g) => g.group)).toEqual(['overdue', 'thisWeek', 'noDue']);
    expect(groups[1].items.map((t) => t.key)).toEqual(['b']);
  });
});
