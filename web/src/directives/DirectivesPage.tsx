import { useState } from 'react';
import { Alert, Button, Checkbox, DatePicker, Empty, Form, Input, Progress, Select, Space, Table, Tabs, Tag, Typography } from 'antd';
import { useInfiniteQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import dayjs from 'dayjs';
import { api, type Page } from '../api/client';
import { errorText } from '../api/problem';
import { UNIT_TYPES } from '../api/types';
import { FormModal } from '../components/FormModal';
import { UnitName, UnitSelect, UnitsSelect } from '../components/RemoteSelect';
import { useSession } from '../session';
import { STATUS_COLOURS, type Directive, type DirectiveAnswer } from './types';

const FIELDS = ['unit_id', 'kind', 'dispatch_number', 'dispatch_date', 'title', 'body', 'deadline', 'target_kind', 'root_id',
  'unit_type', 'unit_ids', 'create_actions'];
const day = (d: unknown) => (d as dayjs.Dayjs).format('YYYY-MM-DD');
const date = (d: string) => dayjs(d).format('DD/MM/YYYY');

/** The recipients: a subtree, a unit type or a list, as the kind chosen asks. */
function TargetFields() {
  const { t } = useTranslation();
  const kind = Form.useWatch('target_kind', Form.useFormInstance()) as string | undefined;
  return (
    <>
      <Form.Item name="target_kind" label={t('directives.form.targetKind')} rules={[{ required: true }]}>
        <Select options={(['units', 'subtree', 'unit_type'] as const).map((k) => ({ value: k, label: t(`directives.form.targetKinds.${k}`) }))} />
      </Form.Item>
      {kind === 'subtree' && (
        <Form.Item name="root_id" label={t('directives.form.root')}><UnitSelect /></Form.Item>
      )}
      {kind === 'unit_type' && (
        <Form.Item name="unit_type" label={t('directives.form.unitType')} rules={[{ required: true }]}>
          <Select options={UNIT_TYPES.map((v) => ({ value: v, label: t(`unitType.${v}`) }))} />
        </Form.Item>
      )}
      {kind === 'units' && (
        <Form.Item name="unit_ids" label={t('directives.form.units')} rules={[{ required: true }]}><UnitsSelect /></Form.Item>
      )}
    </>
  );
}

function SendForm({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <FormModal<Record<string, unknown>>
      title={t('directives.list.create')}
      fields={FIELDS}
      onClose={onClose}
      initialValues={{ kind: 'report_request', target_kind: 'units', dispatch_date: dayjs() }}
      send={async (v) => {
        const json: Record<string, unknown> = {
          unit_id: v.unit_id, kind: v.kind, dispatch_number: v.dispatch_number, dispatch_date: day(v.dispatch_date),
          title: v.title, body: v.body ?? '', deadline: day(v.deadline), target_kind: v.target_kind,
          create_actions: Boolean(v.create_actions),
        };
        if (v.target_kind === 'subtree' && v.root_id) json.root_id = v.root_id;
        if (v.target_kind === 'unit_type') json.unit_type = v.unit_type;
        if (v.target_kind === 'units') json.unit_ids = v.unit_ids ?? [];
        const made = await api<Directive>('/directives', { method: 'POST', json });
        onClose();
        navigate(`/directives/${made.id}`);
      }}
    >
      <Form.Item name="unit_id" label={t('directives.form.sender')} rules={[{ required: true }]}><UnitSelect /></Form.Item>
      <Form.Item name="kind" label={t('directives.form.kind')} rules={[{ required: true }]}>
        <Select options={(['report_request', 'directive'] as const).map((k) => ({ value: k, label: t(`directives.kinds.${k}`) }))} />
      </Form.Item>
      <Space wrap>
        <Form.Item name="dispatch_number" label={t('directives.form.dispatchNumber')} rules={[{ required: true, max: 50 }]}>
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item name="dispatch_date" label={t('directives.form.dispatchDate')} rules={[{ required: true }]}>
          <DatePicker format="DD/MM/YYYY" />
        </Form.Item>
        <Form.Item name="deadline" label={t('directives.form.deadline')} rules={[{ required: true }]}>
          <DatePicker format="DD/MM/YYYY" />
        </Form.Item>
      </Space>
      <Form.Item name="title" label={t('directives.form.titleField')} rules={[{ required: true, max: 300 }]}>
        <Input maxLength={300} />
      </Form.Item>
      <Form.Item name="body" label={t('directives.form.body')}><Input.TextArea rows={4} maxLength={20000} /></Form.Item>
      <TargetFields />
      <Form.Item name="create_actions" valuePropName="checked"><Checkbox>{t('directives.form.createActions')}</Checkbox></Form.Item>
    </FormModal>
  );
}

function usePages<T>(key: unknown[], path: string, query: Record<string, string | number | undefined> = {}) {
  return useInfiniteQuery({
    queryKey: key,
    queryFn: ({ pageParam }) => api<Page<T>>(path, { query: { ...query, limit: 100, cursor: pageParam } }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (p) => p.next_cursor ?? undefined,
  });
}

function Sent() {
  const { t } = useTranslation();
  const list = usePages<Directive>(['directives', 'sent'], '/directives');
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <>
      {list.error && <Alert type="error" showIcon message={errorText(list.error)} />}
      <Table<Directive>
        rowKey="id" size="small" data-testid="directives-table" loading={list.isLoading} dataSource={rows} pagination={false}
        scroll={{ x: 720 }} locale={{ emptyText: <Empty description={t('directives.list.empty')} /> }}
        columns={[
          { title: t('directives.form.titleField'), dataIndex: 'title',
            render: (v: string, r) => <Link to={`/directives/${r.id}`}>{v}</Link> },
          { title: t('directives.list.dispatch'), key: 'dispatch', render: (_: unknown, r) => `${r.dispatch_number}, ${date(r.dispatch_date)}` },
          { title: t('directives.form.kind'), dataIndex: 'kind', render: (v: string) => t(`directives.kinds.${v}`), responsive: ['md'] },
          { title: t('directives.list.deadline'), dataIndex: 'deadline', render: date },
          { title: t('directives.list.rate'), key: 'rate', width: 180,
            render: (_: unknown, r) => <Progress percent={r.progress.rate} size="small" aria-label={t('directives.list.rate')} format={() => `${r.progress.submitted}/${r.progress.total}`} /> },
        ]}
      />
      {list.hasNextPage && <Button onClick={() => void list.fetchNextPage()}>{t('common.loadMore')}</Button>}
    </>
  );
}

function Inbox() {
  const { t } = useTranslation();
  const list = usePages<DirectiveAnswer>(['directive-answers', 'inbox'], '/directive-answers');
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <>
      {list.error && <Alert type="error" showIcon message={errorText(list.error)} />}
      <Table<DirectiveAnswer>
        rowKey="id" size="small" data-testid="inbox-table" loading={list.isLoading} dataSource={rows} pagination={false}
        scroll={{ x: 720 }} locale={{ emptyText: <Empty description={t('directives.list.inboxEmpty')} /> }}
        columns={[
          { title: t('directives.form.titleField'), key: 'title',
            render: (_: unknown, r) => <Link to={`/directive-answers/${r.id}`}>{r.directive.title}</Link> },
          { title: t('directives.list.dispatch'), key: 'dispatch',
            render: (_: unknown, r) => `${r.directive.dispatch_number}, ${date(r.directive.dispatch_date)}` },
          { title: t('directives.list.unit'), dataIndex: 'unit_id', render: (v: number) => <UnitName id={v} /> },
          { title: t('directives.list.deadline'), key: 'deadline', render: (_: unknown, r) => date(r.directive.deadline) },
          { title: t('directives.list.status'), dataIndex: 'status', render: (v: DirectiveAnswer['status']) => <Tag color={STATUS_COLOURS[v]}>{t(`directives.statuses.${v}`)}</Tag> },
        ]}
      />
      {list.hasNextPage && <Button onClick={() => void list.fetchNextPage()}>{t('common.loadMore')}</Button>}
    </>
  );
}

export default function DirectivesPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const qc = useQueryClient();
  const [sending, setSending] = useState(false);
  const sender = can('view_oversight') || can('send_directives');
  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between', flexWrap: 'wrap' }}>
        <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>{t('directives.list.title')}</Typography.Title>
        {can('send_directives') && <Button type="primary" onClick={() => setSending(true)}>{t('directives.list.create')}</Button>}
      </Space>
      <Tabs style={{ marginTop: 12 }} defaultActiveKey={sender ? 'sent' : 'inbox'} items={[
        ...(sender ? [{ key: 'sent', label: t('directives.list.sent'), children: <Sent /> }] : []),
        { key: 'inbox', label: t('directives.list.inbox'), children: <Inbox /> },
      ]} />
      {sending && <SendForm onClose={() => { setSending(false); void qc.invalidateQueries({ queryKey: ['directives'] }); }} />}
    </>
  );
}
