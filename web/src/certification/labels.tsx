import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { standardLabel, type CertificateStatus, type DueWindow, type Standing, type StepState } from './types';

const STATUS_COLOURS: Record<CertificateStatus, string> = { active: 'green', suspended: 'orange', withdrawn: 'red', expired: 'default' };
const STANDING_COLOURS: Record<Standing, string> = { not_yet_open: 'default', open: 'blue', due_soon: 'orange', late: 'red', done: 'green' };
const STEP_COLOURS: Record<StepState, string> = { pending: 'default', current: 'processing', completed: 'success' };

export function CertificateStatusTag({ status }: { status: CertificateStatus }) {
  const { t } = useTranslation();
  return <Tag color={STATUS_COLOURS[status]}>{t(`certification.certificates.statuses.${status}`)}</Tag>;
}

export function StepStateTag({ state }: { state: StepState }) {
  const { t } = useTranslation();
  return <Tag color={STEP_COLOURS[state]}>{t(`certification.projects.stepStates.${state}`)}</Tag>;
}

/** The window's standing; for one still to be done, with the 90/60/30/7-day threshold it has crossed or the days late. */
export function StandingTag({ due }: { due: DueWindow }) {
  const { t } = useTranslation();
  const extra =
    due.standing === 'late' ? ` · ${t('certification.certificates.daysLate', { count: -due.days_left })}`
    : due.standing === 'done' ? ''
    : due.alert_threshold !== null ? ` · ≤ ${due.alert_threshold}` : '';
  return <Tag color={STANDING_COLOURS[due.standing]}>{t(`certification.certificates.standings.${due.standing}`)}{extra}</Tag>;
}

/** "Surveillance 2", "Recertification audit", "Transition audit (ISO 21001:2025)", ... */
export function useMilestoneName() {
  const { t } = useTranslation();
  return (d: Pick<DueWindow, 'milestone' | 'sequence' | 'standard'>) => {
    const key = `certification.certificates.milestones.${d.milestone}`;
    const name = t(key, { n: d.sequence });
    const [code, edition] = (d.standard ?? '').split(':');
    return `${name === key ? d.milestone : name}${d.standard ? ` (${standardLabel({ code, edition })})` : ''}`;
  };
}
