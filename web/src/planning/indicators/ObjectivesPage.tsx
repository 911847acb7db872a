import { useState } from 'react';
import { Alert, App, Button, DatePicker, Empty, Form, Input, Space, Table, Typography } from 'antd';
import { useInfiniteQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { Dayjs } from 'dayjs';
import { api, fetchAll, type Page } from '../../api/client';
import { errorText } from '../../api/problem';
import { FormModal } from '../../components/FormModal';
import { UnitName, UnitSelect, UserName, UserSelect } from '../../components/RemoteSelect';
import { useUrlParams } from '../../components/useUrlParams';
import { useSession } from '../../session';
import { download, toCsv } from './status';
import type { Objective } from './types';

interface Values { unit_id: number; title: string; policy_link?: string; plan_what?: string; resources?: string; responsible_id?: number; due_date?: Dayjs; evaluation?: string }

function ObjectiveFormModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const send = async (v: Values) => {
    const body: Record<string, unknown> = {
      unit_id: v.unit_id, title: v.title, policy_link: v.policy_link ?? '', plan_what: v.plan_what ?? '',
      resources: v.resources ?? '', evaluation: v.evaluation ?? '',
    };
    if (v.responsible_id) body.responsible_id = v.responsible_id;
    if (v.due_date) body.due_date = v.due_date.format('YYYY-MM-DD');
    const o = await api<Objective>('/objectives', { method: 'POST', json: body });
    message.success(t('planningIndicators.objectives.created', { id: o.id }));
    await qc.invalidateQueries({ queryKey: ['objectives'] });
    onClose();
  };
  return (
    <FormModal title={t('planningIndicators.objectives.create')} send={send} onClose={onClose}
      fields={['unit_id', 'title', 'policy_link', 'plan_what', 'resources', 'responsible_id', 'due_date', 'evaluation']}>
      <Form.Item name="unit_id" label={t('planningIndicators.objectives.unit')} rules={[{ required: true }]}><UnitSelect /></Form.Item>
      <Form.Item name="title" label={t('planningIndicators.objectives.titleField')} rules={[{ required: true, whitespace: true }]}><Input maxLength={300} /></Form.Item>
      <Form.Item name="policy_link" label={t('planningIndicators.objectives.policyLink')}><Input maxLength={2000} /></Form.Item>
      <Form.Item name="plan_what" label={t('planningIndicators.objectives.planWhat')}><Input.TextArea rows={2} maxLength={10000} /></Form.Item>
      <Form.Item name="resources" label={t('planningIndicators.objectives.resources')}><Input maxLength={5000} /></Form.Item>
      <Form.Item name="responsible_id" label={t('planningIndicators.objectives.responsible')}><UserSelect allowClear /></Form.Item>
      <Form.Item name="due_date" label={t('planningIndicators.objectives.dueDate')}><DatePicker /></Form.Item>
      <Form.Item name="evaluation" label={t('planningIndicators.objectives.evaluation')}><Input maxLength={5000} /></Form.Item>
    </FormModal>
  );
}

export default function ObjectivesPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const [params, setParam] = useUrlParams();
  const within = params.get('within') ? Number(params.get('within')) : undefined;
  const [creating, setCreating] = useState(false);
  const list = useInfiniteQuery({
    queryKey: ['objectives', 'list', within],
    queryFn: ({ pageParam }) => api<Page<Objective>>('/objectives', { query: { within, limit: 50, cursor: pageParam } }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (p) => p.next_cursor ?? undefined,
  });
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];
  const exportCsv = async () => {
    const all = await fetchAll<Objective>('/objectives', { within });
    download('muc-tieu-chat-luong.csv', toCsv(
      ['id', 'unit_id', 'title', 'policy_link', 'plan_what', 'resources', 'responsible_id', 'due_date', 'evaluation'],
      all.map((o) => [o.id, o.unit_id, o.title, o.policy_link, o.plan_what, o.resources, o.responsible_id, o.due_date, o.evaluation]),
    ));
  };
  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between', flexWrap: 'wrap' }}>
        <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>{t('planningIndicators.objectives.title')}</Typography.Title>
        <Space>
          <Button onClick={() => void exportCsv()}>{t('planningIndicators.objectives.export')}</Button>
          {can('manage_planning') && <Button type="primary" onClick={() => setCreating(true)}>{t('planningIndicators.objectives.create')}</Button>}
        </Space>
      </Space>
      <Space wrap style={{ margin: '16px 0' }}>
        <UnitSelect aria-label={t('planningIndicators.objectives.filterUnit')} placeholder={t('planningIndicators.objectives.unit')} allowClear
          value={within} onChange={(v) => setParam('within', v)} style={{ width: 260, maxWidth: '100%' }} />
      </Space>
      {list.error && <Alert type="error" showIcon message={errorText(list.error)} style={{ marginBottom: 12 }} />}
      <Table<Objective>
        rowKey="id" size="small" data-testid="objectives-table" loading={list.isLoading} dataSource={rows} pagination={false}
        scroll={{ x: 720 }} locale={{ emptyText: <Empty description={t('planningIndicators.objectives.empty')} /> }}
        columns={[
          { title: '#', dataIndex: 'id', width: 60 },
          { title: t('planningIndicators.objectives.titleField'), dataIndex: 'title' },
          { title: t('planningIndicators.objectives.unit'), dataIndex: 'unit_id', render: (v: number) => <UnitName id={v} /> },
          { title: t('planningIndicators.objectives.responsible'), dataIndex: 'responsible_id', render: (v: number | null) => <UserName id={v} />, responsive: ['md'] },
          { title: t('planningIndicators.objectives.dueDate'), dataIndex: 'due_date', responsive: ['lg'] },
          { title: t('planningIndicators.objectives.indicators'), key: 'indicators', render: (_, o) => <Link to={`/indicators?objective_id=${o.id}`}>{t('planningIndicators.objectives.indicators')}</Link> },
        ]}
      />
      {list.hasNextPage && <Button style={{ marginTop: 12 }} onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage}>{t('common.loadMore')}</Button>}
      {creating && <ObjectiveFormModal onClose={() => setCreating(false)} />}
    </>
  );
}
