import { useState } from 'react';
import {
  Alert, App, Button, Checkbox, DatePicker, Drawer, Form, Input, Popconfirm, Select, Space, Table, Tag, Typography,
} from 'antd';
import { useInfiniteQuery, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { FormSelect } from '../components/FormSelect';
import { FormModal } from '../components/FormModal';
import type { Dayjs } from 'dayjs';
import { api, type Page } from '../api/client';
import { applyProblem, errorText } from '../api/problem';
import { ROLES, type Grant, type User } from '../api/types';
import { UnitName, UnitSelect } from '../components/RemoteSelect';
import { guardedDialog } from '../components/escapeGuard';
import { CsvImportModal } from '../components/CsvImport';
import { formatDate } from '../format';
import { useSession } from '../session';

const USER_FIELDS = ['email', 'full_name', 'unit_id', 'password', 'language', 'time_zone'];

export default function Users() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const { user: me, can } = useSession();
  const manage = can('manage_users');
  const [q, setQ] = useState('');
  const [showDisabled, setShowDisabled] = useState(false);
  const [editing, setEditing] = useState<User | 'new' | null>(null);
  const [grantsOf, setGrantsOf] = useState<User | null>(null);
  const [importOpen, setImportOpen] = useState(false);

  const list = useInfiniteQuery({
    queryKey: ['users', 'list', q, showDisabled],
    queryFn: ({ pageParam }) =>
      api<Page<User>>('/users', { query: { q, include_disabled: showDisabled, limit: 50, cursor: pageParam } }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (p) => p.next_cursor ?? undefined,
  });
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];

  const toggle = async (u: User) => {
    try {
      if (u.disabled_at) await api(`/users/${u.id}`, { method: 'PATCH', json: { version: u.version, disabled: false } });
      else await api(`/users/${u.id}`, { method: 'DELETE' });
      void qc.invalidateQueries({ queryKey: ['users'] });
    } catch (e) {
      message.error(errorText(e));
    }
  };

  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between', flexWrap: 'wrap' }}>
        <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>{t('users.title')}</Typography.Title>
        {manage && (
          <Space wrap>
            <Button onClick={() => setImportOpen(true)}>{t('users.import')}</Button>
            <Button type="primary" onClick={() => setEditing('new')}>{t('common.create')}</Button>
          </Space>
        )}
      </Space>
      <Space wrap style={{ margin: '16px 0' }}>
        <Input.Search aria-label={t('users.searchLabel')} placeholder={t('users.searchPlaceholder')} allowClear onSearch={(v) => setQ(v.trim())} style={{ width: 280 }} />
        <Checkbox checked={showDisabled} onChange={(e) => setShowDisabled(e.target.checked)}>{t('users.showDisabled')}</Checkbox>
      </Space>
      {list.error && <Alert type="error" showIcon message={errorText(list.error)} />}
      <Table<User>
        rowKey="id"
        size="small"
        loading={list.isLoading}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 720 }}
        columns={[
          { title: t('users.fullName'), dataIndex: 'full_name' },
          { title: t('users.email'), dataIndex: 'email' },
          { title: t('users.unit'), dataIndex: 'unit_id', render: (v: number) => <UnitName id={v} />, responsive: ['md'] },
          {
            title: t('users.status'),
            dataIndex: 'disabled_at',
            render: (v: string | null) => (v ? <Tag>{t('users.disabled')}</Tag> : <Tag color="green">{t('users.active')}</Tag>),
          },
          {
            title: t('common.actions'),
            key: 'a',
            render: (_, u) => (
              <Space wrap size="small">
                {manage && <Button size="small" onClick={() => setEditing(u)}>{t('common.edit')}</Button>}
                <Button size="small" onClick={() => setGrantsOf(u)}>{t('users.grants')}</Button>
                {manage && u.id !== me?.id && (u.disabled_at ? (
                  <Button size="small" onClick={() => void toggle(u)}>{t('users.enable')}</Button>
                ) : (
                  <Popconfirm title={t('users.disableConfirm')} onConfirm={() => void toggle(u)} okText={t('common.confirm')} cancelText={t('common.cancel')}>
                    <Button size="small" danger>{t('users.disable')}</Button>
                  </Popconfirm>
                ))}
              </Space>
            ),
          },
        ]}
      />
      {list.hasNextPage && (
        <Button style={{ marginTop: 12 }} onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage}>{t('common.loadMore')}</Button>
      )}
      {editing && (
        <UserFormModal
          user={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            void qc.invalidateQueries({ queryKey: ['users'] });
          }}
        />
      )}
      <GrantsDrawer user={grantsOf} manage={manage} onClose={() => setGrantsOf(null)} />
      <CsvImportModal
        open={importOpen}
        onClose={() => setImportOpen(false)}
        path="/users/import"
        help={t('csv.usersHelp')}
        onImported={() => void qc.invalidateQueries({ queryKey: ['users'] })}
      />
    </>
  );
}

function UserFormModal({ user, onClose, onSaved }: { user: User | null; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();

  const send = async (v: Record<string, unknown>) => {
    if (!user) {
      const body = { ...v };
      if (!body.password) delete body.password;
      await api('/users', { method: 'POST', json: body });
      message.success(t('users.created'));
    } else {
      const changed: Record<string, unknown> = { version: user.version };
      for (const k of ['full_name', 'unit_id', 'language', 'time_zone'] as const) if (v[k] !== user[k]) changed[k] = v[k];
      if (v.password) changed.password = v.password;
      await api(`/users/${user.id}`, { method: 'PATCH', json: changed });
      message.success(t('common.saved'));
    }
    onSaved();
  };

  return (
    <FormModal
      title={user ? t('users.editTitle') : t('users.createTitle')}
      fields={USER_FIELDS}
      send={send}
      onClose={onClose}
      onStale={onSaved}
      initialValues={user ?? { language: 'vi', time_zone: 'Asia/Ho_Chi_Minh' }}
    >
      <Form.Item name="email" label={t('users.email')} rules={[{ required: !user }]}>
        <Input type="email" disabled={!!user} autoComplete="off" />
      </Form.Item>
      <Form.Item name="full_name" label={t('users.fullName')} rules={[{ required: true }]}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="unit_id" label={t('users.unit')} rules={[{ required: true }]}>
        <UnitSelect />
      </Form.Item>
      <Form.Item name="language" label={t('users.language')}>
        <Select options={[{ value: 'vi', label: t('lang.vi') }, { value: 'en', label: t('lang.en') }]} />
      </Form.Item>
      <Form.Item name="time_zone" label={t('users.timeZone')}>
        <Input maxLength={64} />
      </Form.Item>
      <Form.Item name="password" label={t('users.password')} extra={t('users.passwordHelp')}>
        <Input.Password autoComplete="new-password" />
      </Form.Item>
    </FormModal>
  );
}

function GrantsDrawer({ user, manage, onClose }: { user: User | null; manage: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const [error, setError] = useState<string | null>(null);
  const role = Form.useWatch('role', form);
  const grants = useQuery({
    queryKey: ['grants', user?.id],
    queryFn: () => api<{ items: Grant[] }>(`/users/${user!.id}/grants`),
    enabled: !!user,
  });

  const add = async (v: { role: string; unit_id: number; valid_until?: Dayjs }) => {
    setError(null);
    try {
      await api(`/users/${user!.id}/grants`, {
        method: 'POST',
        json: { role: v.role, unit_id: v.unit_id, ...(v.valid_until ? { valid_until: v.valid_until.format('YYYY-MM-DD') } : {}) },
      });
      form.resetFields();
      void grants.refetch();
    } catch (e) {
      setError(applyProblem(form, e, ['role', 'unit_id', 'valid_until']));
    }
  };
  const revoke = async (g: Grant) => {
    try {
      await api(`/users/${user!.id}/grants/${g.id}`, { method: 'DELETE' });
      void grants.refetch();
    } catch (e) {
      message.error(errorText(e));
    }
  };

  return (
    <Drawer open={!!user} onClose={onClose} width={Math.min(640, window.innerWidth)} title={user ? t('users.grantsTitle', { name: user.full_name }) : ''} destroyOnClose drawerRender={guardedDialog}>
      {grants.error && <Alert type="error" message={errorText(grants.error)} />}
      <Table<Grant>
        rowKey="id"
        size="small"
        pagination={false}
        loading={grants.isLoading}
        dataSource={grants.data?.items ?? []}
        columns={[
          { title: t('users.role'), dataIndex: 'role', render: (v: string) => t(`role.${v}`) },
          { title: t('users.unit'), dataIndex: 'unit_id', render: (v: number) => <UnitName id={v} /> },
          { title: t('users.validUntil'), dataIndex: 'valid_until', render: (v: string | null) => formatDate(v) },
          ...(manage ? [{
            title: t('common.actions'),
            key: 'a',
            render: (_: unknown, g: Grant) => (
              <Popconfirm title={t('users.revokeConfirm')} onConfirm={() => void revoke(g)} okText={t('common.confirm')} cancelText={t('common.cancel')}>
                <Button size="small" danger>{t('users.revoke')}</Button>
              </Popconfirm>
            ),
          }] : []),
        ]}
      />
      {manage && (
        <>
          <Typography.Title level={2} style={{ fontSize: 16, marginTop: 24 }}>{t('users.addGrant')}</Typography.Title>
          {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} />}
          <Form form={form} layout="vertical" onFinish={(v) => void add(v)}>
            <Form.Item name="role" label={t('users.role')} rules={[{ required: true }]}>
              <FormSelect options={ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))} />
            </Form.Item>
            <Form.Item name="unit_id" label={t('users.unit')} rules={[{ required: true }]}>
              <UnitSelect />
            </Form.Item>
            <Form.Item
              name="valid_until"
              label={t('users.validUntil')}
              rules={[{ required: role === 'external_auditor', message: t('users.endDateRequired') }]}
            >
              <DatePicker format="DD/MM/YYYY" />
            </Form.Item>
            <Button type="primary" htmlType="submit">{t('users.addGrant')}</Button>
          </Form>
        </>
      )}
    </Drawer>
  );
}
