import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Rag } from './types';

const COLOURS: Record<Rag, string> = { green: 'success', amber: 'warning', red: 'error' };

/** A value's red/amber/green status, worded. */
export function StatusTag({ status }: { status: Rag | null | undefined }) {
  const { t } = useTranslation();
  if (!status) return null;
  return <Tag color={COLOURS[status]} data-testid="rag">{t(`planningIndicators.indicators.statuses.${status}`)}</Tag>;
}
