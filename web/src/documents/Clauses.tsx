import { Tag, TreeSelect } from 'antd';
import { useQueries, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import type { Clause, Standard } from '../api/types';

interface TreeNode { value: number; title: string; selectable?: boolean; children: TreeNode[] }

/** "ISO 9001:2015" from the catalogue's code and edition. */
export const standardName = (s: Standard) => `${s.code.replace(/^iso-/, 'ISO ')}:${s.edition}`;
const clauseText = (c: Clause, lang: string) => `${c.number} ${lang === 'en' ? c.title_en : c.title_vi}`;

/** Every standard of the catalogue with its clauses (cached for the session, as the Standards screen does). */
function useCatalogue() {
  const standards = useQuery({ queryKey: ['standards'], queryFn: () => api<{ items: Standard[] }>('/standards'), staleTime: Infinity });
  const items = standards.data?.items ?? [];
  const clauses = useQueries({
    queries: items.map((s) => ({
      queryKey: ['clauses', s.id],
      queryFn: () => api<{ items: Clause[] }>(`/standards/${s.id}/clauses`),
      staleTime: Infinity,
    })),
  });
  return items.map((s, i) => ({ standard: s, clauses: clauses[i]?.data?.items ?? [] }));
}

interface ClauseSelectProps {
  id?: string;
  'aria-label'?: string;
  placeholder?: string;
  style?: React.CSSProperties;
}

/** Picks clauses of any standard, from one tree per standard, searching numbers and titles. */
export function ClauseSelect(props: ClauseSelectProps & { value?: number[]; onChange?: (v: number[]) => void }) {
  return <ClauseTree {...props} multiple />;
}

/** Picks one clause of any standard (cleared: undefined). */
export function SingleClauseSelect(props: ClauseSelectProps & { value?: number; onChange?: (v: number | undefined) => void }) {
  return <ClauseTree {...props} />;
}

function ClauseTree(props: ClauseSelectProps & { multiple?: boolean; value?: number[] | number; onChange?: (v: never) => void }) {
  const { i18n } = useTranslation();
  const catalogue = useCatalogue();
  const treeData: TreeNode[] = catalogue.map(({ standard, clauses }) => {
    const byParent = new Map<number | null, Clause[]>();
    for (const c of clauses) byParent.set(c.parent_id, [...(byParent.get(c.parent_id) ?? []), c]);
    const build = (c: Clause): TreeNode => ({ value: c.id, title: clauseText(c, i18n.language), children: (byParent.get(c.id) ?? []).map(build) });
    return { value: -standard.id, title: standardName(standard), selectable: false, children: (byParent.get(null) ?? []).map(build) };
  });
  return (
    <TreeSelect
      id={props.id}
      aria-label={props['aria-label']}
      placeholder={props.placeholder}
      multiple={props.multiple}
      allowClear={!props.multiple}
      showSearch
      treeNodeFilterProp="title"
      treeData={treeData}
      value={props.value}
      onChange={(v: number[] | number | undefined) => props.onChange?.(v as never)}
      style={props.style ?? { width: '100%' }}
      listHeight={320}
    />
  );
}

/** The linked clauses as tags: standard, number and title. */
export function ClauseTags({ ids }: { ids: number[] }) {
  const { i18n } = useTranslation();
  const catalogue = useCatalogue();
  if (ids.length === 0) return <>—</>;
  const known = new Map(catalogue.flatMap(({ standard, clauses }) => clauses.map((c) => [c.id, { standard, c }] as const)));
  return (
    <span data-testid="clauses">
      {ids.map((id) => {
        const k = known.get(id);
        return (
          <Tag key={id} style={{ whiteSpace: 'normal', marginBottom: 4 }}>
            {k ? `${standardName(k.standard)} ${clauseText(k.c, i18n.language)}` : `#${id}`}
          </Tag>
        );
      })}
    </span>
  );
}
