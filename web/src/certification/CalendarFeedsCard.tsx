import { useState } from 'react';
import { Alert, App, Button, Card, Form, Input, Popconfirm, Table, Tag, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { applyProblem, errorText } from '../api/problem';
import { UnitName, UnitSelect } from '../components/RemoteSelect';
import { useSession } from '../session';
import { formatDateTime } from '../format';
import type { CalendarFeed, NewCalendarFeed } from './types';

/** The user's iCalendar feeds: create (personal, or of a unit's subtree), the address shown once, list, revoke. */
export function CalendarFeedsCard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { timeZone } = useSession();
  const qc = useQueryClient();
  const [form] = Form.useForm();
  const [error, setError] = useState<string | null>(null);
  const [address, setAddress] = useState<string | null>(null);
  const F = (k: string) => t(`certification.feeds.${k}`);
  const feeds = useQuery({ queryKey: ['calendar-feeds'], queryFn: () => api<{ items: CalendarFeed[] }>('/calendar-feeds') });

  const create = async (v: { name: string; unit_id?: number }) => {
    setError(null);
    try {
      const feed = await api<NewCalendarFeed>('/calendar-feeds', { method: 'POST', json: { name: v.name.trim(), unit_id: v.unit_id } });
      setAddress(`${window.location.origin}${feed.url}`);
      form.resetFields();
      message.success(F('created'));
      void feeds.refetch();
    } catch (e) {
      setError(applyProblem(form, e, ['name', 'unit_id']));
    }
  };
  const revoke = async (id: number) => {
    try {
      await api(`/calendar-feeds/${id}`, { method: 'DELETE' });
      message.success(F('revoked'));
      void qc.invalidateQueries({ queryKey: ['calendar-feeds'] });
    } catch (e) {
      message.error(errorText(e));
    }
  };
  const copy = async () => {
    await navigator.clipboard?.writeText(address ?? '').catch(() => undefined);
    message.success(F('copied'));
  };

  return (
    <Card title={F('title')} data-testid="calendar-feeds">
      <Typography.Paragraph type="secondary">{F('help')}</Typography.Paragraph>
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} />}
      <Form form={form} name="calendarFeed" layout="vertical" onFinish={(v) => void create(v)}>
        <Form.Item name="name" label={F('name')} rules={[{ required: true, whitespace: true, message: F('nameRequired') }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="unit_id" label={F('unit')} extra={F('unitHelp')}>
          <UnitSelect allowClear />
        </Form.Item>
        <Button type="primary" htmlType="submit">{F('create')}</Button>
      </Form>
      {address && (
        <Alert
          style={{ marginTop: 12 }}
          type="success"
          showIcon
          message={F('addressOnce')}
          description={
            <>
              <Typography.Text code copyable={false} data-testid="calendar-feed-address" style={{ wordBreak: 'break-all' }}>{address}</Typography.Text>
              <br />
              <Button size="small" style={{ marginTop: 8 }} onClick={() => void copy()}>{F('copy')}</Button>
            </>
          }
          closable
          onClose={() => setAddress(null)}
        />
      )}
      <Table<CalendarFeed>
        style={{ marginTop: 16 }}
        rowKey="id"
        size="small"
        data-testid="calendar-feeds-table"
        loading={feeds.isLoading}
        dataSource={(feeds.data?.items ?? []).filter((f) => !f.revoked_at)}
        pagination={false}
        scroll={{ x: 520 }}
        locale={{ emptyText: feeds.error ? errorText(feeds.error) : F('empty') }}
        columns={[
          { title: F('name'), dataIndex: 'name' },
          {
            title: F('kind'), key: 'kind',
            render: (_: unknown, f) => <>{<Tag>{F(`kinds.${f.kind}`)}</Tag>}{f.unit_id !== null && <UnitName id={f.unit_id} />}</>,
          },
          { title: F('lastUsed'), dataIndex: 'last_used_at', render: (v: string | null) => (v ? formatDateTime(v, timeZone) : '—'), responsive: ['md'] },
          {
            title: t('common.actions'), key: 'revoke',
            render: (_: unknown, f) => (
              <Popconfirm title={F('revokeConfirm')} onConfirm={() => void revoke(f.id)} okText={t('common.confirm')} cancelText={t('common.cancel')}>
                <Button size="small" danger aria-label={`${F('revoke')} ${f.name}`}>{F('revoke')}</Button>
              </Popconfirm>
            ),
          },
        ]}
      />
    </Card>
  );
}
