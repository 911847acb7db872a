import { Tag } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import type { Process, RiskLevel } from '../api/types';

/** The tag colour of each risk level, and the matching border of a process on the map. */
export const RISK_COLOR: Record<RiskLevel, { tag: string; stroke: string }> = {
  low: { tag: 'green', stroke: '#389e0d' }, medium: { tag: 'gold', stroke: '#d48806' }, high: { tag: 'red', stroke: '#cf1322' },
};

/** A coloured tag with the translated risk level. */
export function RiskTag({ level }: { level: RiskLevel }) {
  const { t } = useTranslation();
  return <Tag color={RISK_COLOR[level].tag}>{t(`processes.risks.${level}`)}</Tag>;
}

/**
 * A link to a process, "QT-TS — Tuyển sinh lớp 10", from its id (cached as the process pickers cache it); just its id
 * when the user may not see it (e.g. a department process that a school's process feeds).
 */
export function ProcessLink({ id }: { id: number }) {
  const q = useQuery({ queryKey: ['process', id], queryFn: () => api<Process>(`/processes/${id}`), retry: false, staleTime: 60_000 });
  if (q.isError) return <>#{id}</>;
  return <Link to={`/processes/${id}`}>{q.data ? `${q.data.code} — ${q.data.name}` : `#${id}`}</Link>;
}

/** Links to the processes with these ids, one a line. */
export function ProcessLinks({ ids }: { ids: number[] }) {
  if (ids.length === 0) return <>—</>;
  return <span data-testid="processes">{ids.map((id) => <div key={id}><ProcessLink id={id} /></div>)}</span>;
}
