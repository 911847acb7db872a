import { useState } from 'react';
import { Alert, App, Button, Card, Col, Descriptions, List, Popconfirm, Row, Space, Spin, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { api, type Page } from '../api/client';
import { errorText } from '../api/problem';
import type { ControlledDocument, Process, ProcessFeed, Unit } from '../api/types';
import { UnitName, UserName } from '../components/RemoteSelect';
import { DocumentStatusTag } from '../components/DocumentLabels';
import { ClauseTags } from '../documents/Clauses';
import { ProcessFormModal } from '../processes/ProcessFormModal';
import { ProcessLink, RiskTag } from '../processes/labels';
import { useRefreshProcesses } from '../processes/cache';
import { useSession } from '../session';

/** A list of texts, or "none". */
function Items({ items }: { items: string[] }) {
  const { t } = useTranslation();
  if (items.length === 0) return <Typography.Text type="secondary">{t('processes.none')}</Typography.Text>;
  return <ul style={{ margin: 0, paddingInlineStart: 20 }}>{items.map((s, i) => <li key={i}>{s}</li>)}</ul>;
}

/** Interactions in one direction: the other process and the output passed on. */
function Feeds({ feeds, testId }: { feeds: ProcessFeed[]; testId: string }) {
  const { t } = useTranslation();
  return (
    <List
      size="small"
      data-testid={testId}
      dataSource={feeds}
      locale={{ emptyText: t('processes.none') }}
      renderItem={(f) => (
        <List.Item>
          <span><ProcessLink id={f.process_id} />: {f.what}</span>
        </List.Item>
      )}
    />
  );
}

export default function ProcessPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { can, user } = useSession();
  const refresh = useRefreshProcesses();
  const navigate = useNavigate();
  const id = Number(useParams().id);
  const [editing, setEditing] = useState(false);

  const process = useQuery({ queryKey: ['processes', 'one', id], queryFn: () => api<Process>(`/processes/${id}`) });
  const p = process.data;
  const unit = useQuery({
    queryKey: ['unit', p?.unit_id],
    queryFn: () => api<Unit>(`/units/${p!.unit_id}`),
    enabled: !!p,
    staleTime: 60_000,
  });
  const documents = useQuery({
    queryKey: ['documents', 'of-process', id],
    queryFn: () => api<Page<ControlledDocument>>('/documents', { query: { process_id: id, limit: 100 } }),
    enabled: can('view_documents'),
  });

  if (process.isLoading) return <Spin aria-label={t('common.loading')} />;
  if (!p) return <Alert type="error" showIcon message={errorText(process.error)} />;

  const manager = !!unit.data && can('manage_processes', unit.data.path);
  const mayEdit = !p.archived_at && (manager || (!!user && p.owner_id === user.id));
  const archive = async () => {
    try {
      await api(`/processes/${p.id}`, { method: 'DELETE' });
      message.success(t('processes.archived'));
      await refresh();
      navigate('/processes');
    } catch (e) {
      message.error(errorText(e));
    }
  };

  return (
    <>
      <Link to="/processes">← {t('processes.back')}</Link>
      <Typography.Title level={1} style={{ fontSize: 22, margin: '8px 0 16px' }}>
        {p.code} — {p.name} {p.archived_at && <Tag>{t('processes.archived')}</Tag>}
      </Typography.Title>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card
            size="small"
            title={t('processes.detail')}
            extra={mayEdit && (
              <Space wrap size="small">
                <Button size="small" onClick={() => setEditing(true)}>{t('processes.edit')}</Button>
                {manager && (
                  <Popconfirm title={t('processes.archiveConfirm')} onConfirm={() => void archive()} okText={t('common.confirm')} cancelText={t('common.cancel')}>
                    <Button size="small" danger>{t('processes.archive')}</Button>
                  </Popconfirm>
                )}
              </Space>
            )}
          >
            <Descriptions column={1} size="small" bordered data-testid="process-detail">
              <Descriptions.Item label={t('processes.category')}>{t(`processes.categories.${p.category}`)}</Descriptions.Item>
              <Descriptions.Item label={t('processes.unit')}><UnitName id={p.unit_id} /></Descriptions.Item>
              <Descriptions.Item label={t('processes.owner')}><UserName id={p.owner_id} /></Descriptions.Item>
              <Descriptions.Item label={t('processes.riskLevel')}><RiskTag level={p.risk_level} /></Descriptions.Item>
              <Descriptions.Item label={t('processes.purpose')}>{p.purpose || '—'}</Descriptions.Item>
              <Descriptions.Item label={t('processes.inputs')}><Items items={p.inputs} /></Descriptions.Item>
              <Descriptions.Item label={t('processes.outputs')}><Items items={p.outputs} /></Descriptions.Item>
              <Descriptions.Item label={t('processes.resources')}><Items items={p.resources} /></Descriptions.Item>
              <Descriptions.Item label={t('processes.clauses')}><ClauseTags ids={p.clause_ids} /></Descriptions.Item>
            </Descriptions>
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Space direction="vertical" size={16} style={{ width: '100%' }}>
            <Card size="small" title={t('processes.fedBy')}><Feeds feeds={p.fed_by ?? []} testId="fed-by" /></Card>
            <Card size="small" title={t('processes.feeds')}><Feeds feeds={p.feeds} testId="feeds-list" /></Card>
            {can('view_documents') && (
              <Card size="small" title={t('processes.documents')}>
                {documents.error && <Alert type="error" showIcon message={errorText(documents.error)} />}
                <List
                  size="small"
                  data-testid="process-documents"
                  loading={documents.isLoading}
                  dataSource={documents.data?.items ?? []}
                  locale={{ emptyText: t('processes.noDocuments') }}
                  renderItem={(d) => (
                    <List.Item>
                      <span><Link to={`/documents/${d.id}`}>{d.code} — {d.title}</Link> <DocumentStatusTag status={d.status} /></span>
                    </List.Item>
                  )}
                />
              </Card>
            )}
          </Space>
        </Col>
      </Row>
      {editing && <ProcessFormModal process={p} onClose={() => setEditing(false)} onSaved={() => setEditing(false)} />}
    </>
  );
}
