import { Card, List, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { errorText } from '../api/problem';
import { formatDate } from '../format';
import { StandingTag, useMilestoneName } from './labels';
import type { DueItem } from './types';

/** Home-page card: the certification milestones that fall due within 90 days, or are late. */
export function CertificationDueCard() {
  const { t } = useTranslation();
  const milestone = useMilestoneName();
  const due = useQuery({
    queryKey: ['certificates', 'due'],
    queryFn: () => api<{ within_days: number; items: DueItem[] }>('/certifications/due'),
  });
  return (
    <Card data-testid="certification-due">
      <Typography.Title level={3} style={{ fontSize: 16 }}>{t('certification.certificates.dueCard')}</Typography.Title>
      <List
        size="small"
        loading={due.isLoading}
        locale={{ emptyText: due.error ? errorText(due.error) : t('certification.certificates.noneDue') }}
        dataSource={due.data?.items ?? []}
        renderItem={(d) => (
          <List.Item>
            <span>
              <Link to={`/certificates/${d.certificate_id}`}>{d.number}</Link> — {milestone(d)}
              <br />
              <Typography.Text type="secondary">{formatDate(d.earliest)} – {formatDate(d.latest)}</Typography.Text>
            </span>
            <StandingTag due={d} />
          </List.Item>
        )}
      />
    </Card>
  );
}
