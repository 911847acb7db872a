import { useState } from 'react';
import { Alert, Button, Checkbox, Empty, Input, Select, Space, Table, Typography } from 'antd';
import { useInfiniteQuery } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { api, type Page } from '../api/client';
import { errorText } from '../api/problem';
import { UnitName, UnitSelect } from '../components/RemoteSelect';
import { SingleClauseSelect } from '../documents/Clauses';
import { useUrlParams } from '../components/useUrlParams';
import { RecordFormModal } from '../records/RecordFormModal';
import { RecordStateTag } from '../records/labels';
import { RECORD_CATEGORIES, type RecordCategory, type RetainedRecord } from '../records/types';
import { useSession } from '../session';
import { formatDate } from '../format';

const NUMBERS = ['within', 'clause_id'] as const;
const FLAGS = ['due_for_disposal', 'include_disposed'] as const;

/** The records register: filters by type, unit subtree, clause, due for disposal; search by title; create. */
export default function Records() {
  const { t } = useTranslation();
  const { can } = useSession();
  const navigate = useNavigate();
  const [params, setParam] = useUrlParams();
  const q = params.get('q') ?? '';
  const category = params.get('category') ?? undefined;
  const numbers = Object.fromEntries(NUMBERS.map((k) => [k, params.get(k) ? Number(params.get(k)) : undefined]));
  const flags = Object.fromEntries(FLAGS.map((k) => [k, params.get(k) === 'true']));
  const [draft, setDraft] = useState(q);
  const [creating, setCreating] = useState(false);

  const list = useInfiniteQuery({
    queryKey: ['records', 'list', q, category, numbers, flags],
    queryFn: ({ pageParam }) =>
      api<Page<RetainedRecord>>('/records', { query: { q, category, ...numbers, ...flags, limit: 50, cursor: pageParam } }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (p) => p.next_cursor ?? undefined,
  });
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between', flexWrap: 'wrap' }}>
        <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>{t('records.title')}</Typography.Title>
        <Space wrap>
          <Link to="/records/disposal-review">{t('records.review.open')}</Link>
          {can('manage_documents') && <Button type="primary" onClick={() => setCreating(true)}>{t('records.create')}</Button>}
        </Space>
      </Space>
      <Space wrap style={{ margin: '16px 0' }}>
        <Input.Search
          aria-label={t('records.searchLabel')}
          placeholder={t('records.searchPlaceholder')}
          allowClear
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          onSearch={(v) => setParam('q', v.trim().slice(0, 200))}
          style={{ width: 280, maxWidth: '100%' }}
          maxLength={200}
        />
        <Select
          aria-label={t('records.filterCategory')}
          placeholder={t('records.category')}
          allowClear
          style={{ width: 230, maxWidth: '100%' }}
          value={category}
          onChange={(v) => setParam('category', v)}
          options={RECORD_CATEGORIES.map((c) => ({ value: c, label: t(`records.categories.${c}`) }))}
        />
        <UnitSelect aria-label={t('records.filterUnit')} placeholder={t('records.unit')} allowClear
          value={numbers.within} onChange={(v) => setParam('within', v)} style={{ width: 240, maxWidth: '100%' }} />
        <SingleClauseSelect aria-label={t('records.filterClause')} placeholder={t('records.clauses')}
          value={numbers.clause_id} onChange={(v) => setParam('clause_id', v)} style={{ width: 260, maxWidth: '100%' }} />
        <Checkbox checked={flags.due_for_disposal} onChange={(e) => setParam('due_for_disposal', e.target.checked ? 'true' : null)}>
          {t('records.dueOnly')}
        </Checkbox>
        <Checkbox checked={flags.include_disposed} onChange={(e) => setParam('include_disposed', e.target.checked ? 'true' : null)}>
          {t('records.includeDisposed')}
        </Checkbox>
      </Space>
      {list.error && <Alert type="error" showIcon message={errorText(list.error)} style={{ marginBottom: 12 }} />}
      <Table<RetainedRecord>
        rowKey="id"
        size="small"
        data-testid="records-table"
        loading={list.isLoading}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 760 }}
        locale={{ emptyText: <Empty description={t('records.empty')} /> }}
        onRow={(r) => ({ onClick: () => navigate(`/records/${r.id}`), style: { cursor: 'pointer' } })}
        columns={[
          {
            title: t('records.titleField'),
            dataIndex: 'title',
            render: (v: string, r) => <Link to={`/records/${r.id}`} onClick={(e) => e.stopPropagation()}>{v}</Link>,
          },
          { title: t('records.category'), dataIndex: 'category', render: (v: RecordCategory) => t(`records.categories.${v}`) },
          { title: t('records.unit'), dataIndex: 'unit_id', render: (v: number) => <UnitName id={v} />, responsive: ['md'] },
          { title: t('records.recordedOn'), dataIndex: 'recorded_on', render: (v: string) => formatDate(v), responsive: ['sm'] },
          { title: t('records.retainUntil'), dataIndex: 'retain_until', render: (v: string) => formatDate(v) },
          { title: t('records.state'), key: 'state', render: (_: unknown, r) => <RecordStateTag record={r} /> },
        ]}
      />
      {list.hasNextPage && (
        <Button style={{ marginTop: 12 }} onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage}>{t('common.loadMore')}</Button>
      )}
      {creating && <RecordFormModal onClose={() => setCreating(false)} onSaved={(r) => navigate(`/records/${r.id}`)} />}
    </>
  );
}
