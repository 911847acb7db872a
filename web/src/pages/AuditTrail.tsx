import { useState } from 'react';
import { Alert, Button, DatePicker, Form, Grid, Select, Space, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, type Page } from '../api/client';
import { errorText } from '../api/problem';
import type { AuditEntry } from '../api/types';
import { UserName, UserSelect } from '../components/RemoteSelect';
import { useSession } from '../session';
import { dayStartUtc, formatDateTime } from '../format';
import { ENTITIES, addressLabel, entityLabel, operationLabel } from '../audittrail/labels';

interface Filters {
  entity?: string;
  user_id?: number;
  range?: [Dayjs | null, Dayjs | null] | null;
}

function show(v: unknown) {
  if (v === undefined) return '';
  return typeof v === 'string' ? v : JSON.stringify(v);
}

/** The fields an entry changed, with their values before and after. */
export function diffRows(before: Record<string, unknown> | null, after: Record<string, unknown> | null) {
  const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])];
  return keys
    .map((k) => ({ key: k, before: before ? show(before[k]) : '', after: after ? show(after[k]) : '' }))
    .filter((r) => !before || !after || r.before !== r.after);
}

export default function AuditTrail() {
  const { t } = useTranslation();
  const { timeZone } = useSession();
  const [form] = Form.useForm<Filters>();
  const [filters, setFilters] = useState<Filters>({});
  // On a phone the filters stack, each as wide as the screen: side by side they widened the page past it.
  const narrow = !Grid.useBreakpoint().md;
  const wide = narrow ? { width: '100%' } : undefined;

  const query = {
    entity: filters.entity,
    user_id: filters.user_id,
    from: filters.range?.[0] ? dayStartUtc(filters.range[0], timeZone) : undefined,
    to: filters.range?.[1] ? dayStartUtc(filters.range[1].add(1, 'day'), timeZone) : undefined,
    limit: 50,
  };
  const q = useInfiniteQuery({
    queryKey: ['audit', query],
    queryFn: ({ pageParam }) => api<Page<AuditEntry>>('/audit-log', { query: { ...query, cursor: pageParam } }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (p) => p.next_cursor ?? undefined,
  });
  const rows = q.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 22 }}>{t('audit.title')}</Typography.Title>
      <Form form={form} layout={narrow ? 'vertical' : 'inline'} onFinish={(v) => setFilters(v)} style={{ marginBottom: 16, rowGap: 8 }}>
        <Form.Item name="entity" label={t('audit.entity')}>
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            style={{ width: narrow ? '100%' : 220 }}
            options={ENTITIES.map((e) => ({ value: e, label: entityLabel(t, e) }))}
          />
        </Form.Item>
        <Form.Item name="user_id" label={t('audit.user')}>
          <UserSelect allowClear style={{ width: narrow ? '100%' : 240 }} />
        </Form.Item>
        <Form.Item name="range" label={t('audit.range')}>
          <DatePicker.RangePicker format="DD/MM/YYYY" placeholder={[t('audit.from'), t('audit.to')]} style={wide} />
        </Form.Item>
        <Space>
          <Button type="primary" htmlType="submit">{t('common.apply')}</Button>
          <Button onClick={() => { form.resetFields(); setFilters({}); }}>{t('common.reset')}</Button>
        </Space>
      </Form>
      {q.error && <Alert type="error" showIcon message={errorText(q.error)} style={{ marginBottom: 12 }} />}
      <Table<AuditEntry>
        rowKey="id"
        size="small"
        loading={q.isLoading}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 720 }}
        data-testid="audit-table"
        expandable={{
          columnTitle: <span className="visually-hidden">{t('common.details')}</span>,
          expandedRowRender: (r) => (
            <Table
              size="small"
              pagination={false}
              rowKey="key"
              caption={t('audit.diff')}
              dataSource={diffRows(r.before, r.after)}
              columns={[
                { title: t('audit.field'), dataIndex: 'key', width: 160 },
                { title: t('audit.before'), dataIndex: 'before', render: (v: string) => <code style={{ color: '#a8071a', wordBreak: 'break-all' }}>{v}</code> },
                { title: t('audit.after'), dataIndex: 'after', render: (v: string) => <code style={{ color: '#237804', wordBreak: 'break-all' }}>{v}</code> },
              ]}
            />
          ),
        }}
        columns={[
          { title: t('audit.at'), dataIndex: 'at', render: (v: string) => formatDateTime(v, timeZone), width: 150 },
          {
            title: t('audit.user'),
            dataIndex: 'user_id',
            // The entry's own name snapshot first: readers without access to user records still see who acted.
            render: (v: number | null, e: AuditEntry) =>
              e.user_name ? e.user_name : v ? <UserName id={v} /> : t('audit.system'),
          },
          {
            title: t('audit.entity'),
            dataIndex: 'entity',
            render: (v: string, r) => (
              <>
                {entityLabel(t, v)} #{r.entity_id}
              </>
            ),
          },
          {
            title: t('audit.operation'),
            dataIndex: 'operation',
            render: (v: string, r) => <Tag style={{ whiteSpace: 'normal' }}>{operationLabel(t, r.entity, v)}</Tag>,
          },
          {
            title: t('audit.diff'),
            key: 'summary',
            render: (_, r) => {
              const after = r.after as Record<string, unknown> | null;
              const label = after?.name ?? after?.code ?? after?.email ?? after?.title ?? '';
              return <span data-testid="audit-summary">{String(label)}</span>;
            },
          },
          { title: t('audit.address'), dataIndex: 'address', responsive: ['md'], render: (v: string) => addressLabel(t, v) },
        ]}
      />
      {q.hasNextPage && (
        <Button style={{ marginTop: 12 }} onClick={() => void q.fetchNextPage()} loading={q.isFetchingNextPage}>
          {t('common.loadMore')}
        </Button>
      )}
    </>
  );
}
