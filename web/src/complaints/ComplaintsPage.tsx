import { useState } from 'react';
import { Alert, Button, Card, Checkbox, Col, Empty, Form, Input, Modal, Row, Select, Space, Statistic, Table, Tag, Typography } from 'antd';
import { useInfiniteQuery, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import dayjs from 'dayjs';
import { api, type Page } from '../api/client';
import { errorText } from '../api/problem';
import { FormModal } from '../components/FormModal';
import { UnitName, UnitSelect } from '../components/RemoteSelect';
import { useUrlParams } from '../components/useUrlParams';
import { useSession } from '../session';
import { CATEGORIES, CHANNELS, STATUSES, type Complaint, type ComplaintStatistics } from './types';

const FIELDS = ['unit_id', 'kind', 'category', 'channel', 'text', 'complainant_name', 'complainant_contact'];

function RecordForm({ onClose, onSaved }: { onClose: () => void; onSaved: (c: Complaint) => void }) {
  const { t } = useTranslation();
  return (
    <FormModal<Record<string, unknown>>
      title={t('complaints.recordTitle')}
      fields={FIELDS}
      onClose={onClose}
      initialValues={{ kind: 'complaint', channel: 'phone' }}
      send={async (v) => {
        const body: Record<string, unknown> = {};
        for (const k of FIELDS) if (v[k] !== undefined && v[k] !== '') body[k] = v[k];
        onSaved(await api<Complaint>('/complaints', { method: 'POST', json: body }));
        onClose();
      }}
    >
      <Form.Item name="unit_id" label={t('complaints.unit')} rules={[{ required: true }]}><UnitSelect /></Form.Item>
      <Form.Item name="kind" label={t('complaints.kind')}>
        <Select options={(['complaint', 'appeal'] as const).map((k) => ({ value: k, label: t(`complaints.kinds.${k}`) }))} />
      </Form.Item>
      <Form.Item name="category" label={t('complaints.category')} rules={[{ required: true }]}>
        <Select options={CATEGORIES.map((c) => ({ value: c, label: t(`complaints.categories.${c}`) }))} />
      </Form.Item>
      <Form.Item name="channel" label={t('complaints.channel')} rules={[{ required: true }]}>
        <Select options={CHANNELS.map((c) => ({ value: c, label: t(`complaints.channels.${c}`) }))} />
      </Form.Item>
      <Form.Item name="text" label={t('complaints.text')} rules={[{ required: true, max: 5000 }]}>
        <Input.TextArea rows={4} maxLength={5000} />
      </Form.Item>
      <Form.Item name="complainant_name" label={t('complaints.complainantName')} rules={[{ max: 200 }]}><Input maxLength={200} /></Form.Item>
      <Form.Item name="complainant_contact" label={t('complaints.complainantContact')} rules={[{ max: 200 }]}><Input maxLength={200} /></Form.Item>
    </FormModal>
  );
}

const percent = (share: number | null) => (share === null ? '—' : `${Math.round(share * 100)}%`);

function StatisticsCard({ within }: { within?: number }) {
  const { t } = useTranslation();
  const stats = useQuery({
    queryKey: ['complaints', 'statistics', within],
    queryFn: () => api<ComplaintStatistics>('/complaints/statistics', { query: { within } }),
  });
  if (stats.error) return <Alert type="error" showIcon message={errorText(stats.error)} />;
  const s = stats.data;
  return (
    <Card title={t('complaints.statistics')} size="small" loading={stats.isLoading} style={{ marginBottom: 16 }}>
      {s && (
        <>
          <Row gutter={16}>
            <Col xs={12} md={6}><Statistic title={t('complaints.total')} value={s.total} /></Col>
            <Col xs={12} md={6}><Statistic title={t('complaints.closed')} value={s.closed} /></Col>
            <Col xs={12} md={6}><Statistic title={t('complaints.upheldShare')} value={percent(s.upheld_share)} /></Col>
            <Col xs={12} md={6}>
              <Statistic title={t('complaints.meanDays')} value={s.mean_days_to_resolve === null ? '—' : s.mean_days_to_resolve.toFixed(1)} />
            </Col>
          </Row>
          <Typography.Text type="secondary">
            {t('complaints.byCategory')}:{' '}
            {s.by_category.filter((c) => c.count > 0).map((c) => `${t(`complaints.categories.${c.category}`)} ${c.count}`).join(' · ') || '—'}
          </Typography.Text>
        </>
      )}
    </Card>
  );
}

export default function ComplaintsPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const qc = useQueryClient();
  const [params, setParam] = useUrlParams();
  const within = params.get('within') ? Number(params.get('within')) : undefined;
  const status = params.get('status') ?? undefined;
  const category = params.get('category') ?? undefined;
  const overdue = params.get('overdue') === 'true' || undefined;
  const [recording, setRecording] = useState(false);
  const [code, setCode] = useState<string | null>(null);
  const list = useInfiniteQuery({
    queryKey: ['complaints', 'list', within, status, category, overdue],
    queryFn: ({ pageParam }) =>
      api<Page<Complaint>>('/complaints', { query: { within, status, category, overdue, limit: 100, cursor: pageParam } }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (p) => p.next_cursor ?? undefined,
  });
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between', flexWrap: 'wrap' }}>
        <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>{t('complaints.title')}</Typography.Title>
        <Space wrap>
          <a href="/complaints/new" target="_blank" rel="noreferrer">{t('complaints.publicForm')}</a>
          {can('record_complaints') && <Button type="primary" onClick={() => setRecording(true)}>{t('complaints.record')}</Button>}
        </Space>
      </Space>
      <Space wrap style={{ margin: '16px 0' }}>
        <UnitSelect aria-label={t('complaints.filterUnit')} placeholder={t('complaints.unit')} allowClear
          value={within} onChange={(v) => setParam('within', v)} style={{ width: 260, maxWidth: '100%' }} />
        <Select aria-label={t('complaints.filterStatus')} placeholder={t('complaints.status')} allowClear value={status}
          onChange={(v) => setParam('status', v)} style={{ width: 200 }}
          options={STATUSES.map((s) => ({ value: s, label: t(`complaints.statuses.${s}`) }))} />
        <Select aria-label={t('complaints.filterCategory')} placeholder={t('complaints.category')} allowClear value={category}
          onChange={(v) => setParam('category', v)} style={{ width: 240 }}
          options={CATEGORIES.map((c) => ({ value: c, label: t(`complaints.categories.${c}`) }))} />
        <Checkbox checked={!!overdue} onChange={(e) => setParam('overdue', e.target.checked ? 'true' : undefined)}>
          {t('complaints.overdueOnly')}
        </Checkbox>
      </Space>
      {can('handle_complaints') && <StatisticsCard within={within} />}
      {list.error && <Alert type="error" showIcon message={errorText(list.error)} style={{ marginBottom: 12 }} />}
      <Table<Complaint>
        rowKey="id" size="small" data-testid="complaints-table" loading={list.isLoading} dataSource={rows} pagination={false}
        scroll={{ x: 720 }} locale={{ emptyText: <Empty description={t('complaints.empty')} /> }}
        columns={[
          { title: '#', dataIndex: 'id', render: (id: number) => <Link to={`/complaint-register/${id}`}>{t('complaints.open')} #{id}</Link> },
          { title: t('complaints.category'), dataIndex: 'category', render: (v: string) => t(`complaints.categories.${v}`) },
          { title: t('complaints.unit'), dataIndex: 'unit_id', render: (v: number) => <UnitName id={v} />, responsive: ['md'] },
          { title: t('complaints.receivedOn'), dataIndex: 'received_on', render: (v: string) => dayjs(v).format('DD/MM/YYYY') },
          {
            title: t('complaints.status'), dataIndex: 'status', render: (v: string, c: Complaint) => (
              <Space wrap>
                <Tag>{t(`complaints.statuses.${v}`)}</Tag>
                {c.overdue && <Tag color="red">{t(`complaints.overdue.${c.overdue}`)}</Tag>}
              </Space>
            ),
          },
        ]}
      />
      {list.hasNextPage && (
        <Button style={{ marginTop: 12 }} onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage}>{t('common.loadMore')}</Button>
      )}
      {recording && (
        <RecordForm onClose={() => setRecording(false)} onSaved={(c) => {
          setCode(c.tracking_code ?? null);
          void qc.invalidateQueries({ queryKey: ['complaints'] });
        }} />
      )}
      <Modal open={!!code} onCancel={() => setCode(null)} onOk={() => setCode(null)} title={t('complaints.trackingCode')}>
        <Typography.Paragraph copyable strong data-testid="tracking-code">{code}</Typography.Paragraph>
      </Modal>
    </>
  );
}
