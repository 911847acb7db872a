import { useState } from 'react';
import { Alert, App, Button, Checkbox, DatePicker, Form, Input, Select, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useInfiniteQuery, useQueryClient } from '@tanstack/react-query';
import { useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { FormSelect } from '../components/FormSelect';
import { FormModal } from '../components/FormModal';
import { api, type Page } from '../api/client';
import { errorText } from '../api/problem';
import { ACTION_STATUSES, type Action, type ActionStatus } from '../api/types';
import { UnitName, UnitSelect, UserName, UserSelect } from '../components/RemoteSelect';
import { formatDate } from '../format';
import { useSession } from '../session';

const STATUS_COLOR: Record<ActionStatus, string> = { open: 'blue', in_progress: 'gold', done: 'green', cancelled: 'default' };

export default function Actions() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const { user, can } = useSession();
  const [params, setParams] = useSearchParams();
  const filters = {
    status: params.get('status') ?? undefined,
    mine: params.get('mine') === 'true',
    overdue: params.get('overdue') === 'true',
    within: params.get('within') ? Number(params.get('within')) : undefined,
  };
  const setFilter = (k: string, v: string | boolean | number | undefined) => {
    const p = new URLSearchParams(params);
    if (v === undefined || v === false || v === '') p.delete(k);
    else p.set(k, String(v));
    setParams(p, { replace: true });
  };
  const [editing, setEditing] = useState<Action | 'new' | null>(null);
  const [moving, setMoving] = useState<Action | null>(null);

  const list = useInfiniteQuery({
    queryKey: ['actions', 'list', filters],
    queryFn: ({ pageParam }) => api<Page<Action>>('/actions', { query: { ...filters, limit: 50, cursor: pageParam } }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (p) => p.next_cursor ?? undefined,
  });
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];
  const refresh = () => void qc.invalidateQueries({ queryKey: ['actions'] });

  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between', flexWrap: 'wrap' }}>
        <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>{t('actions.title')}</Typography.Title>
        {can('manage_actions') && <Button type="primary" onClick={() => setEditing('new')}>{t('common.create')}</Button>}
      </Space>
      <Space wrap style={{ margin: '16px 0' }}>
        <Select
          aria-label={t('actions.filterStatus')}
          placeholder={t('actions.status')}
          allowClear
          style={{ width: 180 }}
          value={filters.status}
          onChange={(v) => setFilter('status', v)}
          options={ACTION_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
        />
        <Checkbox checked={filters.mine} onChange={(e) => setFilter('mine', e.target.checked)}>{t('actions.mine')}</Checkbox>
        <Checkbox checked={filters.overdue} onChange={(e) => setFilter('overdue', e.target.checked)}>{t('actions.overdue')}</Checkbox>
        <UnitSelect aria-label={t('actions.within')} placeholder={t('actions.within')} allowClear value={filters.within} onChange={(v) => setFilter('within', v)} style={{ width: 260 }} />
      </Space>
      {list.error && <Alert type="error" showIcon message={errorText(list.error)} />}
      <Table<Action>
        rowKey="id"
        size="small"
        loading={list.isLoading}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 720 }}
        columns={[
          { title: t('actions.titleField'), dataIndex: 'title' },
          { title: t('actions.owner'), dataIndex: 'owner_id', render: (v: number | null) => <UserName id={v} />, responsive: ['md'] },
          { title: t('actions.unit'), dataIndex: 'unit_id', render: (v: number) => <UnitName id={v} />, responsive: ['lg'] },
          {
            title: t('actions.dueDate'),
            dataIndex: 'due_date',
            render: (v: string | null, a) => (
              <>
                {formatDate(v)} {a.overdue && <Tag color="red">{t('actions.overdue')}</Tag>}
              </>
            ),
          },
          { title: t('actions.status'), dataIndex: 'status', render: (v: ActionStatus) => <Tag color={STATUS_COLOR[v]}>{t(`status.${v}`)}</Tag> },
          {
            title: t('common.actions'),
            key: 'a',
            render: (_, a) => (
              <Space size="small" wrap>
                {can('manage_actions') && <Button size="small" onClick={() => setEditing(a)}>{t('common.edit')}</Button>}
                {(can('manage_actions') || (a.owner_id === user?.id && can('update_own_actions'))) && (
                  <Button size="small" onClick={() => setMoving(a)}>{t('actions.transition')}</Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      {list.hasNextPage && (
        <Button style={{ marginTop: 12 }} onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage}>{t('common.loadMore')}</Button>
      )}
      {editing && <ActionForm action={editing === 'new' ? null : editing} onClose={() => setEditing(null)} onSaved={() => { setEditing(null); refresh(); }} />}
      {moving && <TransitionForm action={moving} onClose={() => setMoving(null)} onSaved={() => { setMoving(null); refresh(); }} />}
    </>
  );
}

function ActionForm({ action, onClose, onSaved }: { action: Action | null; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const send = async (v: Record<string, unknown>) => {
    const due = v.due_date ? (v.due_date as dayjs.Dayjs).format('YYYY-MM-DD') : null;
    if (!action) {
      const body: Record<string, unknown> = { title: v.title, description: v.description ?? '', unit_id: v.unit_id };
      if (v.owner_id) body.owner_id = v.owner_id;
      if (due) body.due_date = due;
      await api('/actions', { method: 'POST', json: body });
    } else {
      await api(`/actions/${action.id}`, {
        method: 'PATCH',
        json: { version: action.version, title: v.title, description: v.description ?? '', unit_id: v.unit_id, owner_id: v.owner_id ?? null, due_date: due },
      });
    }
    message.success(t('common.saved'));
    onSaved();
  };
  return (
    <FormModal
      title={action ? t('actions.editTitle') : t('actions.createTitle')}
      fields={['title', 'description', 'owner_id', 'unit_id', 'due_date']}
      send={send}
      onClose={onClose}
      onStale={onSaved}
      initialValues={action ? { ...action, due_date: action.due_date ? dayjs(action.due_date) : undefined } : {}}
    >
      <Form.Item name="title" label={t('actions.titleField')} rules={[{ required: true }]}><Input maxLength={300} /></Form.Item>
      <Form.Item name="description" label={t('actions.description')}><Input.TextArea rows={3} maxLength={10000} /></Form.Item>
      <Form.Item name="unit_id" label={t('actions.unit')} rules={[{ required: true }]}><UnitSelect /></Form.Item>
      <Form.Item name="owner_id" label={t('actions.owner')}><UserSelect allowClear /></Form.Item>
      <Form.Item name="due_date" label={t('actions.dueDate')}><DatePicker format="DD/MM/YYYY" /></Form.Item>
    </FormModal>
  );
}

function TransitionForm({ action, onClose, onSaved }: { action: Action; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const send = async (v: { to: ActionStatus; comment?: string }) => {
    await api(`/actions/${action.id}/transitions`, { method: 'POST', json: { version: action.version, to: v.to, comment: v.comment ?? '' } });
    message.success(t('common.saved'));
    onSaved();
  };
  return (
    <FormModal title={`${t('actions.transition')}: ${action.title}`} fields={['to', 'comment']} send={send} onClose={onClose} onStale={onSaved}>
      <Form.Item name="to" label={t('actions.to')} rules={[{ required: true }]}>
        <FormSelect options={ACTION_STATUSES.filter((s) => s !== action.status).map((s) => ({ value: s, label: t(`status.${s}`) }))} />
      </Form.Item>
      <Form.Item name="comment" label={t('actions.comment')}><Input.TextArea rows={2} maxLength={2000} /></Form.Item>
    </FormModal>
  );
}
