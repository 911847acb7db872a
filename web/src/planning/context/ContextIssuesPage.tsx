import { useState } from 'react';
import { Alert, App, Button, Card, Col, DatePicker, Empty, Form, Input, List, Popconfirm, Row, Select, Space, Table, Tabs, Tag, Typography } from 'antd';
import { useInfiniteQuery, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { api, type Page } from '../../api/client';
import { errorText } from '../../api/problem';
import { FormModal } from '../../components/FormModal';
import { FormSelect } from '../../components/FormSelect';
import { UnitName, UnitSelect } from '../../components/RemoteSelect';
import { useUrlParams } from '../../components/useUrlParams';
import { ClauseSelect } from '../../documents/Clauses';
import { useSession } from '../../session';
import { ExportButtons } from './ExportButtons';
import { CONTEXT_CATEGORIES, EFFECTS, KINDS, SWOT, type ContextIssue, type Swot } from './types';

const FIELDS = ['unit_id', 'title', 'description', 'category', 'effect', 'clause_ids', 'review_date'];

interface Values {
  unit_id?: number; title: string; description?: string; category: string; effect: string; clause_ids?: number[];
  review_date?: dayjs.Dayjs | null;
}

/** Records an issue, or (given one) changes it: everything but its unit. */
function IssueForm({ issue, onClose, onSaved }: { issue?: ContextIssue; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  return (
    <FormModal<Values>
      title={t(issue ? 'planningContext.issues.edit' : 'planningContext.issues.create')}
      fields={FIELDS}
      onClose={onClose}
      initialValues={issue ? { ...issue, review_date: issue.review_date ? dayjs(issue.review_date) : null } : { effect: 'negative' }}
      send={async (v) => {
        const body: Record<string, unknown> = {
          title: v.title, description: v.description ?? '', category: v.category, effect: v.effect,
          clause_ids: v.clause_ids ?? [], review_date: v.review_date ? v.review_date.format('YYYY-MM-DD') : null,
        };
        if (issue) await api(`/context-issues/${issue.id}`, { method: 'PATCH', json: { ...body, version: issue.version } });
        else await api('/context-issues', { method: 'POST', json: { ...body, unit_id: v.unit_id } });
        message.success(t('planningContext.issues.saved'));
        onSaved();
        onClose();
      }}
    >
      {!issue && (
        <Form.Item name="unit_id" label={t('planningContext.issues.unit')} rules={[{ required: true }]}>
          <UnitSelect />
        </Form.Item>
      )}
      <Form.Item name="title" label={t('planningContext.issues.titleField')} rules={[{ required: true, max: 300 }]}>
        <Input maxLength={300} />
      </Form.Item>
      <Form.Item name="description" label={t('planningContext.issues.description')} rules={[{ max: 5000 }]}>
        <Input.TextArea rows={3} maxLength={5000} />
      </Form.Item>
      <Form.Item name="category" label={t('planningContext.issues.category')} rules={[{ required: true }]}>
        <FormSelect showSearch optionFilterProp="label"
          options={KINDS.map((k) => ({
            label: t(`planningContext.issues.kinds.${k}`),
            options: CONTEXT_CATEGORIES.slice(k === 'external' ? 0 : 9, k === 'external' ? 9 : undefined)
              .map((c) => ({ value: c, label: t(`planningContext.issues.categories.${c}`) })),
          })).reverse()} />
      </Form.Item>
      <Form.Item name="effect" label={t('planningContext.issues.effect')} rules={[{ required: true }]}>
        <FormSelect
          options={EFFECTS.map((e) => ({ value: e, label: t(`planningContext.issues.effects.${e}`) }))} />
      </Form.Item>
      <Form.Item name="clause_ids" label={t('planningContext.issues.clauses')}>
        <ClauseSelect />
      </Form.Item>
      <Form.Item name="review_date" label={t('planningContext.issues.reviewDate')}>
        <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} />
      </Form.Item>
    </FormModal>
  );
}

function SwotView({ within }: { within?: number }) {
  const { t } = useTranslation();
  const swot = useQuery({
    queryKey: ['context-issues', 'swot', within],
    queryFn: () => api<Swot>('/context-issues/swot', { query: { within } }),
  });
  if (swot.error) return <Alert type="error" showIcon message={errorText(swot.error)} />;
  return (
    <>
      {swot.data?.truncated && <Alert type="info" showIcon message={t('planningContext.issues.swot.truncated')} style={{ marginBottom: 12 }} />}
      <Row gutter={[12, 12]} data-testid="swot">
        {SWOT.map((q) => (
          <Col xs={24} md={12} key={q}>
            <Card size="small" title={t(`planningContext.issues.swot.${q}`)} data-testid={`swot-${q}`} loading={swot.isLoading}>
              <List size="small" dataSource={swot.data?.[q] ?? []}
                locale={{ emptyText: t('planningContext.issues.swot.none') }}
                renderItem={(c) => <List.Item>{c.title} <Tag>{t(`planningContext.issues.categories.${c.category}`)}</Tag></List.Item>} />
            </Card>
          </Col>
        ))}
      </Row>
    </>
  );
}

export default function ContextIssuesPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const [params, setParam] = useUrlParams();
  const q = params.get('q') ?? '';
  const category = params.get('category') ?? undefined;
  const effect = params.get('effect') ?? undefined;
  const kind = params.get('kind') ?? undefined;
  const within = params.get('within') ? Number(params.get('within')) : undefined;
  const tab = params.get('tab') ?? 'list';
  const [draft, setDraft] = useState(q);
  const [editing, setEditing] = useState<ContextIssue | 'new' | null>(null);
  const refresh = () => void qc.invalidateQueries({ queryKey: ['context-issues'] });

  const list = useInfiniteQuery({
    queryKey: ['context-issues', 'list', q, category, effect, kind, within],
    queryFn: ({ pageParam }) => api<Page<ContextIssue>>('/context-issues', {
      query: { q: q || undefined, category, effect, kind, within, limit: 100, cursor: pageParam },
    }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (p) => p.next_cursor ?? undefined,
  });
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];
  const archive = async (c: ContextIssue) => {
    try {
      await api(`/context-issues/${c.id}`, { method: 'DELETE' });
      refresh();
    } catch (e) {
      message.error(errorText(e));
    }
  };

  const table = (
    <>
      <Space wrap style={{ marginBottom: 16, width: '100%', justifyContent: 'space-between' }}>
        <Space wrap>
          <Input.Search aria-label={t('planningContext.issues.searchLabel')} placeholder={t('planningContext.issues.searchPlaceholder')}
            allowClear value={draft} onChange={(e) => setDraft(e.target.value)} maxLength={200}
            onSearch={(v) => setParam('q', v.trim().slice(0, 200))} style={{ width: 260, maxWidth: '100%' }} />
          <Select aria-label={t('planningContext.issues.filterCategory')} placeholder={t('planningContext.issues.category')}
            allowClear value={category} onChange={(v) => setParam('category', v)} style={{ width: 200 }}
            options={CONTEXT_CATEGORIES.map((c) => ({ value: c, label: t(`planningContext.issues.categories.${c}`) }))} />
          <Select aria-label={t('planningContext.issues.filterKind')} placeholder={t('planningContext.issues.kind')}
            allowClear value={kind} onChange={(v) => setParam('kind', v)} style={{ width: 150 }}
            options={KINDS.map((k) => ({ value: k, label: t(`planningContext.issues.kinds.${k}`) }))} />
          <Select aria-label={t('planningContext.issues.filterEffect')} placeholder={t('planningContext.issues.effect')}
            allowClear value={effect} onChange={(v) => setParam('effect', v)} style={{ width: 150 }}
            options={EFFECTS.map((e) => ({ value: e, label: t(`planningContext.issues.effects.${e}`) }))} />
        </Space>
        <ExportButtons name={t('planningContext.issues.tabList')}
          header={[t('planningContext.issues.titleField'), t('planningContext.issues.kind'), t('planningContext.issues.category'),
            t('planningContext.issues.effect'), t('planningContext.issues.reviewDate'), t('planningContext.issues.description')]}
          rows={() => rows.map((c) => [c.title, t(`planningContext.issues.kinds.${c.kind}`),
            t(`planningContext.issues.categories.${c.category}`), t(`planningContext.issues.effects.${c.effect}`),
            c.review_date, c.description])} />
      </Space>
      {list.error && <Alert type="error" showIcon message={errorText(list.error)} style={{ marginBottom: 12 }} />}
      <Table<ContextIssue>
        rowKey="id" size="small" data-testid="context-issues-table" loading={list.isLoading} dataSource={rows}
        pagination={false} scroll={{ x: 720 }}
        locale={{ emptyText: <Empty description={t('planningContext.issues.empty')} /> }}
        columns={[
          { title: t('planningContext.issues.titleField'), dataIndex: 'title' },
          { title: t('planningContext.issues.category'), dataIndex: 'category', render: (v: string, c) =>
            <>{t(`planningContext.issues.categories.${v}`)} <Tag>{t(`planningContext.issues.kinds.${c.kind}`)}</Tag></> },
          { title: t('planningContext.issues.effect'), dataIndex: 'effect', render: (v: string) =>
            <Tag color={v === 'positive' ? 'green' : 'red'}>{t(`planningContext.issues.effects.${v}`)}</Tag> },
          { title: t('planningContext.issues.unit'), dataIndex: 'unit_id', render: (v: number) => <UnitName id={v} />, responsive: ['md'] },
          { title: t('planningContext.issues.reviewDate'), dataIndex: 'review_date', render: (v: string | null) => v ? dayjs(v).format('DD/MM/YYYY') : t('common.none') },
          ...(can('manage_planning') ? [{
            title: t('common.actions'), key: 'actions', render: (_: unknown, c: ContextIssue) => (
              <Space>
                <Button size="small" onClick={() => setEditing(c)}>{t('common.edit')}</Button>
                <Popconfirm title={t('planningContext.issues.archiveConfirm')} onConfirm={() => void archive(c)}
                  okText={t('common.confirm')} cancelText={t('common.cancel')}>
                  <Button size="small">{t('planningContext.issues.archive')}</Button>
                </Popconfirm>
              </Space>
            ),
          }] : []),
        ]}
      />
      {list.hasNextPage && (
        <Button style={{ marginTop: 12 }} onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage}>{t('common.loadMore')}</Button>
      )}
    </>
  );

  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between', flexWrap: 'wrap' }}>
        <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>{t('planningContext.issues.title')}</Typography.Title>
        {can('manage_planning') && <Button type="primary" onClick={() => setEditing('new')}>{t('planningContext.issues.create')}</Button>}
      </Space>
      <Space wrap style={{ margin: '16px 0 0' }}>
        <UnitSelect aria-label={t('planningContext.issues.filterUnit')} placeholder={t('planningContext.issues.unit')} allowClear
          value={within} onChange={(v) => setParam('within', v)} style={{ width: 260, maxWidth: '100%' }} />
      </Space>
      <Tabs activeKey={tab} onChange={(k) => setParam('tab', k === 'list' ? undefined : k)} items={[
        { key: 'list', label: t('planningContext.issues.tabList'), children: table },
        { key: 'swot', label: t('planningContext.issues.tabSwot'), children: <SwotView within={within} /> },
      ]} />
      {editing && <IssueForm issue={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} onSaved={refresh} />}
    </>
  );
}
