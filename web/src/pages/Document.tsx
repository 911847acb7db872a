import { useState } from 'react';
import { Alert, App, Button, Card, Col, Descriptions, Form, Input, Popconfirm, Row, Space, Spin, Table, Tag, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../components/FormModal';
import { api } from '../api/client';
import { errorText } from '../api/problem';
import type { ControlledDocument, Revision, RevisionStatus, RevisionSummary, Unit } from '../api/types';
import { UnitName, UserName } from '../components/RemoteSelect';
import { DocumentStatusTag, DocumentTypeLabel, ReviewOverdueTag, RevisionStatusTag } from '../components/DocumentLabels';
import { RevisionPanel } from '../documents/RevisionPanel';
import { DocumentFormModal } from '../documents/DocumentFormModal';
import { ClauseTags } from '../documents/Clauses';
import { ProcessLinks } from '../processes/labels';
import { AcknowledgeCard } from '../distribution/AcknowledgeCard';
import { DistributionCard } from '../distribution/DistributionCard';
import { ControlledCopyLink } from '../documents/ControlledCopyLink';
import { useSession } from '../session';
import { formatDate } from '../format';

const OPEN: readonly RevisionStatus[] = ['draft', 'in_review', 'changes_requested', 'approved'];

export default function DocumentPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { can, user } = useSession();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const id = Number(useParams().id);
  const [chosen, setChosen] = useState<number | null>(null);
  const [opening, setOpening] = useState(false);
  const [editing, setEditing] = useState(false);

  const doc = useQuery({ queryKey: ['documents', 'one', id], queryFn: () => api<ControlledDocument>(`/documents/${id}`) });
  const d = doc.data;
  const unit = useQuery({
    queryKey: ['unit', d?.unit_id],
    queryFn: () => api<Unit>(`/units/${d!.unit_id}`),
    enabled: !!d,
    staleTime: 60_000,
  });
  const revisions = useQuery({
    queryKey: ['documents', 'revisions', id],
    queryFn: () => api<{ items: RevisionSummary[] }>(`/documents/${id}/revisions`),
    enabled: !!d,
  });
  const published = useQuery({
    queryKey: ['documents', 'revision', id, d?.current_revision_id],
    queryFn: () => api<Revision>(`/documents/${id}/revisions/${d!.current_revision_id}`),
    enabled: !!d?.current_revision_id,
  });

  if (doc.isLoading) return <Spin aria-label={t('common.loading')} />;
  if (!d) return <Alert type="error" showIcon message={errorText(doc.error)} />;

  const manager = !!unit.data && can('manage_documents', unit.data.path);
  const mayDistribute = manager || (!!user && d.owner_id === user.id);
  const items = revisions.data?.items ?? [];
  const open = items.find((r) => OPEN.includes(r.status));
  const shown = chosen ?? open?.id ?? items[0]?.id ?? null;
  const mayOpen = manager && !open && !d.archived_at && d.status !== 'obsolete';
  const archive = async () => {
    try {
      await api(`/documents/${d.id}`, { method: 'DELETE' });
      message.success(t('documents.archived'));
      void qc.invalidateQueries({ queryKey: ['documents'] });
      navigate('/documents');
    } catch (e) {
      message.error(errorText(e));
    }
  };

  return (
    <>
      <Link to="/documents">← {t('documents.back')}</Link>
      <Typography.Title level={1} style={{ fontSize: 22, margin: '8px 0 16px' }}>
        {d.code} — {d.title} <DocumentStatusTag status={d.status} /> {d.archived_at && <Tag>{t('documents.archived')}</Tag>}
      </Typography.Title>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={10}>
          <Card
            size="small"
            title={t('documents.detail')}
            extra={manager && !d.archived_at && (
              <Space wrap size="small">
                <Button size="small" onClick={() => setEditing(true)}>{t('documents.editDetails')}</Button>
                {!open && (
                  <Popconfirm title={t('documents.archiveConfirm')} onConfirm={() => void archive()} okText={t('common.confirm')} cancelText={t('common.cancel')}>
                    <Button size="small" danger>{t('documents.archive')}</Button>
                  </Popconfirm>
                )}
              </Space>
            )}
          >
            <Descriptions column={1} size="small" bordered data-testid="document-detail">
              <Descriptions.Item label={t('documents.code')}>{d.code}</Descriptions.Item>
              <Descriptions.Item label={t('documents.type')}><DocumentTypeLabel type={d.type} /></Descriptions.Item>
              <Descriptions.Item label={t('documents.unit')}><UnitName id={d.unit_id} /></Descriptions.Item>
              <Descriptions.Item label={t('documents.owner')}><UserName id={d.owner_id} /></Descriptions.Item>
              <Descriptions.Item label={t('documents.confidentiality')}>{t(`documents.confidentialities.${d.confidentiality}`)}</Descriptions.Item>
              <Descriptions.Item label={t('documents.effectiveOn')}>{formatDate(d.effective_on)}</Descriptions.Item>
              <Descriptions.Item label={t('documents.nextReviewOn')}>
                {formatDate(d.next_review_on)} <ReviewOverdueTag overdue={d.review_overdue} />
              </Descriptions.Item>
              <Descriptions.Item label={t('documents.reviewMonths')}>{d.review_months}</Descriptions.Item>
              <Descriptions.Item label={t('documents.clauses')}><ClauseTags ids={d.clause_ids} /></Descriptions.Item>
              <Descriptions.Item label={t('documents.processes')}><ProcessLinks ids={d.process_ids} /></Descriptions.Item>
            </Descriptions>
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          {d.current_revision_id !== null && (
            <AcknowledgeCard document={d} revisionNumber={published.data?.number} style={{ marginBottom: 16 }} />
          )}
          <Card
            size="small"
            title={`${t('documents.content')}${published.data ? ` (${t('documents.revision')} ${published.data.number})` : ''}`}
          >
            {published.data && <ControlledCopyLink document={d} revision={published.data} style={{ marginBottom: 8 }} />}
            {d.current_revision_id === null && <Typography.Text type="secondary">{t('documents.noContent')}</Typography.Text>}
            {published.isLoading && <Spin aria-label={t('common.loading')} />}
            {published.error && <Alert type="error" showIcon message={errorText(published.error)} />}
            {published.data && (
              // Safe: the server renders the Markdown itself and drops raw HTML from the source and the URLs of links
              // and images with unsafe schemes, so `content_html` holds only markup it generated.
              <div className="doc-content" data-testid="document-content" dangerouslySetInnerHTML={{ __html: published.data.content_html }} />
            )}
          </Card>
        </Col>
        {mayDistribute && (
          <Col xs={24}>
            <DistributionCard document={d} />
          </Col>
        )}
        <Col xs={24}>
          <Card
            size="small"
            title={t('documents.revisions')}
            extra={mayOpen && <Button type="primary" size="small" onClick={() => setOpening(true)}>{t('documents.newRevision')}</Button>}
          >
            {revisions.error && <Alert type="error" showIcon message={errorText(revisions.error)} />}
            <Table<RevisionSummary>
              rowKey="id"
              size="small"
              pagination={false}
              loading={revisions.isLoading}
              dataSource={items}
              scroll={{ x: 560 }}
              locale={{ emptyText: t('documents.noRevisions') }}
              onRow={(r) => ({ onClick: () => setChosen(r.id), style: { cursor: 'pointer', background: r.id === shown ? '#e6f4ff' : undefined } })}
              columns={[
                {
                  title: t('documents.revisionNumber'),
                  dataIndex: 'number',
                  width: 80,
                  render: (n: number, r) => (
                    <Button type="link" size="small" aria-pressed={r.id === shown} style={{ padding: 0 }}>
                      {t('documents.revisionTitle', { number: n })}
                    </Button>
                  ),
                },
                { title: t('documents.status'), dataIndex: 'status', render: (v: RevisionStatus) => <RevisionStatusTag status={v} /> },
                { title: t('documents.changeDescription'), dataIndex: 'change_description' },
                { title: t('documents.effectiveOn'), dataIndex: 'effective_on', render: (v: string | null) => formatDate(v) },
              ]}
            />
            {shown !== null && <RevisionPanel key={shown} document={d} revisionId={shown} manager={manager} />}
          </Card>
        </Col>
      </Row>
      {editing && <DocumentFormModal document={d} onClose={() => setEditing(false)} onSaved={() => setEditing(false)} />}
      {opening && <NewRevisionModal document={d} onClose={() => setOpening(false)} onOpened={(r) => { setOpening(false); setChosen(r.id); }} />}
    </>
  );
}

function NewRevisionModal({
  document: d, onClose, onOpened,
}: { document: ControlledDocument; onClose: () => void; onOpened: (r: Revision) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const send = async (v: { change_description: string }) => {
    const r = await api<Revision>(`/documents/${d.id}/revisions`, { method: 'POST', json: v });
    message.success(t('documents.draftOpened', { number: r.number }));
    await qc.invalidateQueries({ queryKey: ['documents'] });
    onOpened(r);
  };
  return (
    <FormModal title={t('documents.newRevision')} fields={['change_description']} send={send} onClose={onClose}>
      <Form.Item name="change_description" label={t('documents.changeDescription')} rules={[{ required: true, whitespace: true }]}>
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
    </FormModal>
  );
}
