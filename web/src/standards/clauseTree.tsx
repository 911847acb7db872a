import { Tag } from 'antd';
import type { DataNode } from 'antd/es/tree';
import type { Clause } from '../api/types';

/**
 * A standard's clauses as a tree, in the reader's language, the clauses of `highlight` marked. A title no public
 * source confirms carries the `unconfirmed` tag (a whole edition whose structure is not yet public, ISO 21001:2025,
 * shows it on every clause), so nobody takes an assumed title for the standard's.
 */
export function clauseTree(clauses: Clause[], lang: string, highlight: Set<number>, unconfirmed: string): DataNode[] {
  const byParent = new Map<number | null, Clause[]>();
  for (const c of clauses) byParent.set(c.parent_id, [...(byParent.get(c.parent_id) ?? []), c]);
  const build = (c: Clause): DataNode => ({
    key: c.id,
    title: (
      <span style={highlight.has(c.id) ? { background: '#ffe58f', fontWeight: 600 } : undefined} data-highlighted={highlight.has(c.id) || undefined}>
        {c.number} {lang === 'en' ? c.title_en : c.title_vi}
        {c.unconfirmed && <Tag style={{ marginInlineStart: 6 }}>{unconfirmed}</Tag>}
      </span>
    ),
    children: (byParent.get(c.id) ?? []).map(build),
  });
  return (byParent.get(null) ?? []).map(build);
}
