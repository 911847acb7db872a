import { useState } from 'react';
import { Alert, App, Button, DatePicker, Empty, Form, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { useInfiniteQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { api, type Page } from '../../api/client';
import { errorText } from '../../api/problem';
import { FormModal } from '../../components/FormModal';
import { UnitName, UnitSelect } from '../../components/RemoteSelect';
import { useUrlParams } from '../../components/useUrlParams';
import { useSession } from '../../session';
import { ExportButtons } from './ExportButtons';
import { CHANGE_STATUSES, type PlannedChange } from './types';

const FIELDS = ['unit_id', 'title', 'purpose', 'risks', 'resources', 'responsibilities', 'planned_on'];
const TEXTS = ['purpose', 'risks', 'resources', 'responsibilities'] as const;
const NEXT: Record<string, string[]> = { proposed: ['approve', 'reject'], approved: ['implement'] };

function ChangeForm({ onClose, onSaved }: { onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  return (
    <FormModal<Record<string, unknown>>
      title={t('planningContext.changes.create')}
      fields={FIELDS}
      onClose={onClose}
      send={async (v) => {
        const body: Record<string, unknown> = { unit_id: v.unit_id, title: v.title };
        for (const k of TEXTS) body[k] = v[k] ?? '';
        if (v.planned_on) body.planned_on = (v.planned_on as dayjs.Dayjs).format('YYYY-MM-DD');
        await api('/changes', { method: 'POST', json: body });
        onSaved();
        onClose();
      }}
    >
      <Form.Item name="unit_id" label={t('planningContext.changes.unit')} rules={[{ required: true }]}>
        <UnitSelect />
      </Form.Item>
      <Form.Item name="title" label={t('planningContext.changes.titleField')} rules={[{ required: true, max: 300 }]}>
        <Input maxLength={300} />
      </Form.Item>
      {TEXTS.map((k) => (
        <Form.Item key={k} name={k} label={t(`planningContext.changes.${k}`)} rules={[{ max: 5000 }]}>
          <Input.TextArea rows={2} maxLength={5000} />
        </Form.Item>
      ))}
      <Form.Item name="planned_on" label={t('planningContext.changes.plannedOn')}>
        <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} />
      </Form.Item>
    </FormModal>
  );
}

export default function ChangesPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const [params, setParam] = useUrlParams();
  const within = params.get('within') ? Number(params.get('within')) : undefined;
  const status = params.get('status') ?? undefined;
  const [creating, setCreating] = useState(false);
  const refresh = () => void qc.invalidateQueries({ queryKey: ['changes'] });
  const list = useInfiniteQuery({
    queryKey: ['changes', 'list', within, status],
    queryFn: ({ pageParam }) => api<Page<PlannedChange>>('/changes', { query: { within, status, limit: 100, cursor: pageParam } }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (p) => p.next_cursor ?? undefined,
  });
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];
  const decide = async (c: PlannedChange, decision: string) => {
    try {
      await api(`/changes/${c.id}/decisions`, { method: 'POST', json: { version: c.version, decision } });
      refresh();
    } catch (e) {
      message.error(errorText(e));
    }
  };
  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between', flexWrap: 'wrap' }}>
        <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>{t('planningContext.changes.title')}</Typography.Title>
        {can('manage_planning') && <Button type="primary" onClick={() => setCreating(true)}>{t('planningContext.changes.create')}</Button>}
      </Space>
      <Space wrap style={{ margin: '16px 0', width: '100%', justifyContent: 'space-between' }}>
        <Space wrap>
          <UnitSelect aria-label={t('planningContext.changes.filterUnit')} placeholder={t('planningContext.changes.unit')} allowClear
            value={within} onChange={(v) => setParam('within', v)} style={{ width: 260, maxWidth: '100%' }} />
          <Select aria-label={t('planningContext.changes.filterStatus')} placeholder={t('planningContext.changes.status')} allowClear
            value={status} onChange={(v) => setParam('status', v)} style={{ width: 200 }}
            options={CHANGE_STATUSES.map((s) => ({ value: s, label: t(`planningContext.changes.statuses.${s}`) }))} />
        </Space>
        <ExportButtons name={t('planningContext.changes.title')}
          header={[t('planningContext.changes.titleField'), t('planningContext.changes.status'), t('planningContext.changes.purpose'),
            t('planningContext.changes.risks'), t('planningContext.changes.resources'), t('planningContext.changes.responsibilities'),
            t('planningContext.changes.plannedOn')]}
          rows={() => rows.map((c) => [c.title, t(`planningContext.changes.statuses.${c.status}`), c.purpose, c.risks, c.resources,
            c.responsibilities, c.planned_on])} />
      </Space>
      {list.error && <Alert type="error" showIcon message={errorText(list.error)} style={{ marginBottom: 12 }} />}
      <Table<PlannedChange>
        rowKey="id" size="small" data-testid="changes-table" loading={list.isLoading} dataSource={rows} pagination={false}
        scroll={{ x: 720 }} locale={{ emptyText: <Empty description={t('planningContext.changes.empty')} /> }}
        expandable={{ columnTitle: <span className="visually-hidden">{t('common.details')}</span>, expandedRowRender: (c) => (
          <Space direction="vertical">
            {TEXTS.map((k) => c[k] && <span key={k}><b>{t(`planningContext.changes.${k}`)}:</b> {c[k]}</span>)}
            {c.decision_note && <span><b>{t('planningContext.changes.decisionNote')}:</b> {c.decision_note}</span>}
          </Space>
        ) }}
        columns={[
          { title: t('planningContext.changes.titleField'), dataIndex: 'title' },
          { title: t('planningContext.changes.unit'), dataIndex: 'unit_id', render: (v: number) => <UnitName id={v} />, responsive: ['md'] },
          { title: t('planningContext.changes.plannedOn'), dataIndex: 'planned_on', render: (v: string | null) => (v ? dayjs(v).format('DD/MM/YYYY') : t('common.none')) },
          { title: t('planningContext.changes.status'), dataIndex: 'status', render: (v: string) => <Tag>{t(`planningContext.changes.statuses.${v}`)}</Tag> },
          ...(can('manage_planning') ? [{
            title: t('common.actions'), key: 'actions', render: (_: unknown, c: PlannedChange) => (
              <Space>{(NEXT[c.status] ?? []).map((d) => (
                <Button key={d} size="small" onClick={() => void decide(c, d)}>{t(`planningContext.changes.decisions.${d}`)}</Button>
              ))}</Space>
            ),
          }] : []),
        ]}
      />
      {list.hasNextPage && (
        <Button style={{ marginTop: 12 }} onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage}>{t('common.loadMore')}</Button>
      )}
      {creating && <ChangeForm onClose={() => setCreating(false)} onSaved={refresh} />}
    </>
  );
}
