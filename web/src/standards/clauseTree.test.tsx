import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/react';
import type { Clause } from '../api/types';
import { clauseTree } from './clauseTree';

const clause = (id: number, number: string, parent_id: number | null, unconfirmed: boolean): Clause => ({
  id, standard_id: 3, urn: `urn:eduims:std:iso-21001:2025:clause:${number}`, number, parent_id, kind: 'clause',
  title_en: `Title ${number}`, title_vi: `Tiêu đề ${number}`, unconfirmed, position: id,
});

describe('clause tree', () => {
  it('marks each title no public source confirms, in the reader language, and only those', () => {
    const clauses = [clause(1, '8', null, false), clause(2, '8.5', 1, true), clause(3, '8.5.5', 2, true)];
    const shown = (lang: string, label: string) => {
      const nodes = clauseTree(clauses, lang, new Set([3]), label);
      const titles: string[] = [];
      const walk = (list: typeof nodes) => list.forEach((n) => {
        const { container, unmount } = render(<>{n.title as React.ReactNode}</>);
        titles.push(container.textContent ?? '');
        unmount();
        walk(n.children ?? []);
      });
      walk(nodes);
      return titles;
    };
    expect(shown('vi', 'chưa xác nhận')).toEqual(['8 Tiêu đề 8', '8.5 Tiêu đề 8.5chưa xác nhận', '8.5.5 Tiêu đề 8.5.5chưa xác nhận']);
    expect(shown('en', 'unconfirmed')).toEqual(['8 Title 8', '8.5 Title 8.5unconfirmed', '8.5.5 Title 8.5.5unconfirmed']);
  });

  it('highlights the corresponding clauses', () => {
    const [root] = clauseTree([clause(1, '8', null, false), clause(2, '8.5', 1, false)], 'vi', new Set([2]), 'x');
    const { container } = render(<>{root.children![0].title as React.ReactNode}</>);
    expect(container.querySelector('[data-highlighted]')?.textContent).toBe('8.5 Tiêu đề 8.5');
  });
});
