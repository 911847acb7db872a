import { Card, Col, List, Row, Statistic, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { api, type Page } from '../api/client';
import type { Action, ControlledDocument } from '../api/types';
import type { Nonconformity } from '../improvement/types';
import { SeverityTag } from '../improvement/labels';
import { ReviewOverdueTag } from '../components/DocumentLabels';
import { ReadingListCard } from '../distribution/ReadingListCard';
import { AwaitingDecisionCard } from '../documents/AwaitingDecisionCard';
import { CertificationDueCard } from '../certification/DueCard';
import { TodoCard } from '../notifications/TodoCard';
import { useSession } from '../session';
import { formatDate } from '../format';
import { errorText } from '../api/problem';

function useMyActions(filter: 'open' | 'overdue', enabled: boolean) {
  const query = filter === 'open' ? { mine: true, status: 'open', limit: 200 } : { mine: true, overdue: true, limit: 200 };
  return useQuery({ queryKey: ['actions', 'home', filter], queryFn: () => api<Page<Action>>('/actions', { query }), enabled });
}

function count(p?: Page<unknown>) {
  if (!p) return '…';
  return p.next_cursor ? `${p.items.length}+` : String(p.items.length);
}

export default function Home() {
  const { t } = useTranslation();
  const { user, can } = useSession();
  const actions = can('view_actions');
  const documents = can('view_documents');
  const open = useMyActions('open', actions);
  const overdue = useMyActions('overdue', actions);
  const docs = useQuery({
    queryKey: ['documents', 'home', 'review_overdue'],
    queryFn: () => api<Page<ControlledDocument>>('/documents', { query: { review_overdue: true, limit: 20 } }),
    enabled: documents,
  });
  // Only a unit's head has any: the card shows when there is something to direct.
  const escalated = useQuery({
    queryKey: ['nonconformities', 'home', 'escalated'],
    queryFn: () => api<Page<Nonconformity>>('/nonconformities', { query: { escalated_to: 'me', limit: 20 } }),
    enabled: can('view_improvement'),
  });
  const list = (q: ReturnType<typeof useMyActions>) => (
    <List
      size="small"
      loading={q.isLoading}
      locale={{ emptyText: q.error ? errorText(q.error) : t('home.nothing') }}
      dataSource={(q.data?.items ?? []).slice(0, 10)}
      renderItem={(a) => (
        <List.Item>
          <Link to={`/actions?id=${a.id}`}>{a.title}</Link>
          <span>
            {a.overdue && <Tag color="red">{t('actions.overdue')}</Tag>}
            {formatDate(a.due_date)}
          </span>
        </List.Item>
      )}
    />
  );
  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 22 }}>{t('home.welcome', { name: user?.full_name })}</Typography.Title>
      <Typography.Title level={2} style={{ fontSize: 18 }}>{t('home.title')}</Typography.Title>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <TodoCard />
        </Col>
        {actions && (
          <>
            <Col xs={24} md={12} xl={8}>
              <Card>
                <Link to="/actions?mine=true&status=open" data-testid="open-count">
                  <Statistic title={t('home.open')} value={count(open.data)} />
                </Link>
                {list(open)}
              </Card>
            </Col>
            <Col xs={24} md={12} xl={8}>
              <Card>
                <Link to="/actions?mine=true&overdue=true" data-testid="overdue-count">
                  <Statistic title={t('home.overdue')} value={count(overdue.data)} valueStyle={{ color: '#cf1322' }} />
                </Link>
                {list(overdue)}
              </Card>
            </Col>
          </>
        )}
        {!!escalated.data?.items.length && (
          <Col xs={24} md={12} xl={8}>
            <Card data-testid="escalated-card">
              <Link to="/nonconformities?overdue=true">
                <Statistic title={t('home.escalated')} value={count(escalated.data)} valueStyle={{ color: '#cf1322' }} />
              </Link>
              <List
                size="small"
                dataSource={escalated.data.items}
                renderItem={(nc) => (
                  <List.Item>
                    <Link to={`/nonconformities/${nc.id}`}>#{nc.id} {nc.title}</Link>
                    <span>
                      <SeverityTag severity={nc.severity} /> {formatDate(nc.due_date)}
                    </span>
                  </List.Item>
                )}
              />
            </Card>
          </Col>
        )}
        <Col xs={24} md={12} xl={8}>
          <AwaitingDecisionCard />
        </Col>
        <Col xs={24} md={12} xl={8}>
          <ReadingListCard />
        </Col>
        {can('view_certification') && (
          <Col xs={24} md={12} xl={8}>
            <CertificationDueCard />
          </Col>
        )}
        {documents && (
          <Col xs={24} md={12} xl={8}>
            <Card>
              <Link to="/documents?review_overdue=true" data-testid="review-overdue-count">
                <Statistic title={t('home.reviewOverdue')} value={count(docs.data)} valueStyle={{ color: '#cf1322' }} />
              </Link>
              <List
                size="small"
                loading={docs.isLoading}
                locale={{ emptyText: docs.error ? errorText(docs.error) : t('home.noDocuments') }}
                dataSource={docs.data?.items ?? []}
                renderItem={(d) => (
                  <List.Item>
                    <Link to={`/documents/${d.id}`}>{d.code} — {d.title}</Link>
                    <span>
                      <ReviewOverdueTag overdue={d.review_overdue} />
                      {formatDate(d.next_review_on)}
                    </span>
                  </List.Item>
                )}
              />
            </Card>
          </Col>
        )}
      </Row>
    </>
  );
}
