import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../format';
import type { Audit, AuditStatus, ClauseRef, LineResult } from './types';

const STATUS_COLOR: Record<AuditStatus, string> = { planned: 'blue', in_progress: 'gold', reported: 'cyan', closed: 'green' };

export function AuditStatusTag({ status }: { status: AuditStatus }) {
  const { t } = useTranslation();
  return <Tag color={STATUS_COLOR[status]} data-testid="audit-status">{t(`audits.statuses.${status}`)}</Tag>;
}

const RESULT_COLOR: Record<LineResult, string> = {
  conforming: 'green', major_nonconformity: 'red', minor_nonconformity: 'orange', observation: 'blue',
  opportunity_for_improvement: 'purple', not_audited: 'default',
};

export function ResultTag({ result }: { result: LineResult | null }) {
  const { t } = useTranslation();
  if (!result) return <Tag>{t('audits.checklist.unanswered')}</Tag>;
  return <Tag color={RESULT_COLOR[result]} data-testid="line-result">{t(`audits.results.${result}`)}</Tag>;
}

/** "ISO 21001:2018 9.2" from a clause's URN (urn:eduims:std:iso-21001:2018:clause:9.2) and number. */
export function clauseRefLabel(c: Pick<ClauseRef, 'urn' | 'number'>): string {
  const m = /^urn:eduims:std:iso-(\d+):(\d+):/.exec(c.urn);
  return m ? `ISO ${m[1]}:${m[2]} ${c.number}` : c.number;
}

/** The references of a checklist line or a record, "ISO 21001:2018 9.2 · ISO 9001:2015 9.2". */
export const clauseRefsText = (clauses: Pick<ClauseRef, 'urn' | 'number'>[]) => clauses.map(clauseRefLabel).join(' · ');

/** The dates of an audit, one day or a range. */
export const auditDates = (a: Pick<Audit, 'planned_start' | 'planned_end'>) =>
  a.planned_start === a.planned_end ? formatDate(a.planned_start) : `${formatDate(a.planned_start)} – ${formatDate(a.planned_end)}`;
