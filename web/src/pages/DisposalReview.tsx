import { useState } from 'react';
import { Alert, Button, Empty, Space, Table, Typography } from 'antd';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { api, type Page } from '../api/client';
import { errorText } from '../api/problem';
import { UnitName, UnitSelect } from '../components/RemoteSelect';
import { useUrlParams } from '../components/useUrlParams';
import { DisposeModal } from '../records/RecordDecisions';
import type { RecordCategory, RetainedRecord } from '../records/types';
import type { Unit } from '../api/types';
import { useSession } from '../session';
import { formatDate } from '../format';

/** The disposal review: records past retention, not on hold, not disposed of; each disposed of with a reason. */
export default function DisposalReview() {
  const { t } = useTranslation();
  const [params, setParam] = useUrlParams();
  const within = params.get('within') ? Number(params.get('within')) : undefined;
  const [disposing, setDisposing] = useState<RetainedRecord | null>(null);

  const list = useInfiniteQuery({
    queryKey: ['records', 'list', 'disposal-review', within],
    queryFn: ({ pageParam }) =>
      api<Page<RetainedRecord>>('/records', { query: { due_for_disposal: true, within, limit: 50, cursor: pageParam } }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (p) => p.next_cursor ?? undefined,
  });
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <>
      <Link to="/records">← {t('records.back')}</Link>
      <Typography.Title level={1} style={{ fontSize: 22, margin: '8px 0 8px' }}>{t('records.review.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('records.review.help')}</Typography.Paragraph>
      <Space wrap style={{ marginBottom: 16 }}>
        <UnitSelect aria-label={t('records.filterUnit')} placeholder={t('records.unit')} allowClear
          value={within} onChange={(v) => setParam('within', v)} style={{ width: 260, maxWidth: '100%' }} />
      </Space>
      {list.error && <Alert type="error" showIcon message={errorText(list.error)} style={{ marginBottom: 12 }} />}
      <Table<RetainedRecord>
        rowKey="id"
        size="small"
        data-testid="disposal-review"
        loading={list.isLoading}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 720 }}
        locale={{ emptyText: <Empty description={t('records.review.empty')} /> }}
        columns={[
          { title: t('records.titleField'), dataIndex: 'title', render: (v: string, r) => <Link to={`/records/${r.id}`}>{v}</Link> },
          { title: t('records.category'), dataIndex: 'category', render: (v: RecordCategory) => t(`records.categories.${v}`), responsive: ['md'] },
          { title: t('records.unit'), dataIndex: 'unit_id', render: (v: number) => <UnitName id={v} />, responsive: ['md'] },
          { title: t('records.recordedOn'), dataIndex: 'recorded_on', render: (v: string) => formatDate(v), responsive: ['sm'] },
          { title: t('records.retainUntil'), dataIndex: 'retain_until', render: (v: string) => formatDate(v) },
          {
            title: t('common.actions'),
            key: 'dispose',
            render: (_: unknown, r) => <DisposeButton record={r} onClick={() => setDisposing(r)} />,
          },
        ]}
      />
      {list.hasNextPage && (
        <Button style={{ marginTop: 12 }} onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage}>{t('common.loadMore')}</Button>
      )}
      {disposing && <DisposeModal record={disposing} onClose={() => setDisposing(null)} onSaved={() => setDisposing(null)} />}
    </>
  );
}

/** "Dispose of" for a user who manages the documents of the record's unit (the unit is cached as UnitName caches it). */
function DisposeButton({ record, onClick }: { record: RetainedRecord; onClick: () => void }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const unit = useQuery({
    queryKey: ['unit', record.unit_id], queryFn: () => api<Unit>(`/units/${record.unit_id}`), retry: false, staleTime: 60_000,
  });
  if (!unit.data || !can('manage_documents', unit.data.path)) return null;
  return <Button size="small" danger onClick={onClick}>{t('records.disposal.dispose')}</Button>;
}
