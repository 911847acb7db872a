import { useState } from 'react';
import { Alert, App, Button, DatePicker, Form, Input, Space, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { errorText } from '../api/problem';
import type { Action, ActionStatus } from '../api/types';
import { FormModal } from '../components/FormModal';
import { UserName, UserSelect } from '../components/RemoteSelect';
import { formatDate } from '../format';
import { useSession } from '../session';

const STATUS_COLOR: Record<ActionStatus, string> = { open: 'blue', in_progress: 'gold', done: 'green', cancelled: 'default' };

interface Props {
  /** The record the actions belong to: "/nonconformities/7" or "/improvements/3". */
  of: string;
  title: string;
  /** Shown when no action may be added now. */
  help: string;
  mayAdd: boolean;
  /** The materialised path of the record's unit, where managing actions is judged. */
  unitPath?: string;
  /** Called after an action changed (the record's next steps depend on its actions). */
  onChanged: () => void;
}

/** The actions planned for a nonconformity or an improvement: their state, and the steps the user may take on them. */
export function LinkedActions({ of, title, help, mayAdd, unitPath, onChanged }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { user, can } = useSession();
  const qc = useQueryClient();
  const [adding, setAdding] = useState(false);
  const key = ['linked-actions', of];
  const list = useQuery({ queryKey: key, queryFn: () => api<{ items: Action[] }>(`${of}/actions`) });
  const manager = !!unitPath && can('manage_actions', unitPath);
  const changed = async () => {
    await qc.invalidateQueries({ queryKey: key });
    await qc.invalidateQueries({ queryKey: ['actions'] });
    onChanged();
  };
  const move = async (a: Action, to: ActionStatus) => {
    try {
      await api(`/actions/${a.id}/transitions`, { method: 'POST', json: { version: a.version, to } });
      message.success(t('improvement.actions.changed'));
      await changed();
    } catch (e) {
      message.error(errorText(e));
    }
  };

  return (
    <section aria-label={title}>
      <Space style={{ width: '100%', justifyContent: 'space-between', flexWrap: 'wrap', marginBottom: 8 }}>
        <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>{title}</Typography.Title>
        {mayAdd && <Button size="small" type="primary" onClick={() => setAdding(true)}>{t('improvement.actions.add')}</Button>}
      </Space>
      {!mayAdd && <Typography.Paragraph type="secondary">{help}</Typography.Paragraph>}
      {list.error && <Alert type="error" showIcon message={errorText(list.error)} />}
      <Table<Action>
        rowKey="id"
        size="small"
        pagination={false}
        data-testid="linked-actions"
        loading={list.isLoading}
        dataSource={list.data?.items ?? []}
        scroll={{ x: 560 }}
        locale={{ emptyText: t('improvement.actions.none') }}
        columns={[
          { title: t('actions.titleField'), dataIndex: 'title' },
          { title: t('actions.owner'), dataIndex: 'owner_id', render: (v: number | null) => <UserName id={v} /> },
          {
            title: t('actions.dueDate'),
            dataIndex: 'due_date',
            render: (v: string | null, a) => <>{formatDate(v)} {a.overdue && <Tag color="red">{t('actions.overdue')}</Tag>}</>,
          },
          { title: t('actions.status'), dataIndex: 'status', render: (v: ActionStatus) => <Tag color={STATUS_COLOR[v]}>{t(`status.${v}`)}</Tag> },
          {
            title: t('common.actions'),
            key: 'steps',
            render: (_, a) => {
              const unfinished = a.status === 'open' || a.status === 'in_progress';
              const owner = !!user && a.owner_id === user.id && can('update_own_actions');
              if (!unfinished || !(manager || owner)) return null;
              return (
                <Space size="small" wrap>
                  <Button size="small" onClick={() => void move(a, 'done')} aria-label={`${t('improvement.actions.done')}: ${a.title}`}>
                    {t('improvement.actions.done')}
                  </Button>
                  {manager && (
                    <Button size="small" danger onClick={() => void move(a, 'cancelled')} aria-label={`${t('improvement.actions.cancel')}: ${a.title}`}>
                      {t('improvement.actions.cancel')}
                    </Button>
                  )}
                </Space>
              );
            },
          },
        ]}
      />
      {adding && <AddActionModal of={of} onClose={() => setAdding(false)} onSaved={() => { setAdding(false); void changed(); }} />}
    </section>
  );
}

interface Values { title: string; description?: string; owner_id?: number; due_date?: Dayjs }

function AddActionModal({ of, onClose, onSaved }: { of: string; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const send = async (v: Values) => {
    const body: Record<string, unknown> = { title: v.title, description: v.description ?? '' };
    if (v.owner_id) body.owner_id = v.owner_id;
    if (v.due_date) body.due_date = v.due_date.format('YYYY-MM-DD');
    await api<Action>(`${of}/actions`, { method: 'POST', json: body });
    message.success(t('common.saved'));
    onSaved();
  };
  return (
    <FormModal title={t('improvement.actions.add')} fields={['title', 'description', 'owner_id', 'due_date']} send={send} onClose={onClose}>
      <Form.Item name="title" label={t('actions.titleField')} rules={[{ required: true, whitespace: true }]}>
        <Input maxLength={300} />
      </Form.Item>
      <Form.Item name="description" label={t('actions.description')}>
        <Input.TextArea rows={2} maxLength={10000} />
      </Form.Item>
      <Form.Item name="owner_id" label={t('actions.owner')}>
        <UserSelect allowClear />
      </Form.Item>
      <Form.Item name="due_date" label={t('actions.dueDate')}>
        <DatePicker format="DD/MM/YYYY" />
      </Form.Item>
    </FormModal>
  );
}
