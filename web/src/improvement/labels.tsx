import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ImprovementStatus, NcStatus, Severity } from './types';

const NC_COLOR: Record<NcStatus, string> = {
  reported: 'red', contained: 'orange', cause_analysed: 'gold', action_planned: 'blue', implemented: 'cyan',
  verified: 'geekblue', closed: 'green',
};

export function NcStatusTag({ status }: { status: NcStatus }) {
  const { t } = useTranslation();
  return <Tag color={NC_COLOR[status]} data-testid="nc-status">{t(`improvement.nc.statuses.${status}`)}</Tag>;
}

export function SeverityTag({ severity }: { severity: Severity }) {
  const { t } = useTranslation();
  return <Tag color={severity === 'major' ? 'red' : 'orange'}>{t(`improvement.nc.severities.${severity}`)}</Tag>;
}

/** The red "overdue" and the purple "repeat" marks of a nonconformity, when they apply. */
export function NcMarks({ overdue, repeat, escalated = false }: { overdue: boolean; repeat: boolean; escalated?: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      {overdue && <Tag color="red" data-testid="nc-overdue">{t('improvement.nc.overdue')}</Tag>}
      {escalated && <Tag color="volcano" title={t('improvement.nc.escalatedHelp')} data-testid="nc-escalated">{t('improvement.nc.escalated')}</Tag>}
      {repeat && <Tag color="purple" title={t('improvement.nc.repeatHelp')} data-testid="nc-repeat">{t('improvement.nc.repeat')}</Tag>}
    </>
  );
}

const IMPROVEMENT_COLOR: Record<ImprovementStatus, string> = {
  proposed: 'blue', accepted: 'gold', rejected: 'default', completed: 'green',
};

export function ImprovementStatusTag({ status }: { status: ImprovementStatus }) {
  const { t } = useTranslation();
  return <Tag color={IMPROVEMENT_COLOR[status]} data-testid="improvement-status">{t(`improvement.improvements.statuses.${status}`)}</Tag>;
}
