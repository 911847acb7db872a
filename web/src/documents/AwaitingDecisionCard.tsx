import { Card, List, Statistic, Tag } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { errorText } from '../api/problem';

export type WaitingFor = 'review' | 'approval' | 'publication';
export interface AwaitingDecision {
  waiting_for: WaitingFor;
  document: { id: number; code: string; title: string; type: string; unit_id: number };
  revision: { id: number; number: number; status: string };
}

/** The home page's card: the revisions waiting for the user's review, approval or publication, oldest first. */
export function AwaitingDecisionCard() {
  const { t } = useTranslation();
  const q = useQuery({
    queryKey: ['documents', 'awaiting-decision'],
    queryFn: () => api<{ items: AwaitingDecision[] }>('/me/awaiting-decision'),
  });
  const items = q.data?.items ?? [];
  return (
    <Card data-testid="awaiting-decision-card">
      <Statistic title={t('home.awaitingDecision')} value={q.data ? items.length : '…'} />
      <List
        size="small"
        loading={q.isLoading}
        locale={{ emptyText: q.error ? errorText(q.error) : t('home.nothingAwaiting') }}
        dataSource={items.slice(0, 10)}
        renderItem={(w) => (
          <List.Item>
            <Link to={`/documents/${w.document.id}`}>{w.document.code} — {w.document.title}</Link>
            <Tag color={w.waiting_for === 'review' ? 'blue' : 'gold'}>{t(`home.waitingFor.${w.waiting_for}`)}</Tag>
          </List.Item>
        )}
      />
    </Card>
  );
}
