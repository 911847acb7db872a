import { useState } from 'react';
import { Alert, Button, Checkbox, Empty, Input, Select, Space, Table, Typography } from 'antd';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { api, type Page } from '../api/client';
import { errorText } from '../api/problem';
import {
  DOCUMENT_STATUSES, DOCUMENT_TYPES, type ControlledDocument, type DocumentStatus, type DocumentType, type SearchHit,
} from '../api/types';
import { DocumentStateTags, DocumentTypeLabel, ReviewOverdueTag, SearchSnippet } from '../components/DocumentLabels';
import { DocumentFormModal } from '../documents/DocumentFormModal';
import { useUrlParams } from '../components/useUrlParams';
import { useSession } from '../session';
import { formatDate } from '../format';

export default function Documents() {
  const { t } = useTranslation();
  const { can } = useSession();
  const navigate = useNavigate();
  const [params, setParam] = useUrlParams();
  const filters = { type: params.get('type') ?? undefined, status: params.get('status') ?? undefined };
  const reviewOverdue = params.get('review_overdue') === 'true';
  const q = params.get('q') ?? '';
  const [draft, setDraft] = useState(q);
  const [creating, setCreating] = useState(false);

  const list = useInfiniteQuery({
    queryKey: ['documents', 'list', filters, reviewOverdue],
    queryFn: ({ pageParam }) =>
      api<Page<ControlledDocument>>('/documents', {
        query: { ...filters, review_overdue: reviewOverdue, limit: 50, cursor: pageParam },
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (p) => p.next_cursor ?? undefined,
    enabled: !q,
  });
  const search = useQuery({
    queryKey: ['documents', 'search', q, filters],
    queryFn: () => api<{ items: SearchHit[] }>('/search', { query: { q, ...filters, limit: 50 } }),
    enabled: !!q,
  });
  const searching = !!q;
  const rows: (ControlledDocument | SearchHit)[] = searching
    ? search.data?.items ?? []
    : list.data?.pages.flatMap((p) => p.items) ?? [];
  const error = searching ? search.error : list.error;

  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between', flexWrap: 'wrap' }}>
        <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>{t('documents.title')}</Typography.Title>
        {can('manage_documents') && <Button type="primary" onClick={() => setCreating(true)}>{t('documents.create')}</Button>}
      </Space>
      <Space wrap style={{ margin: '16px 0' }}>
        <Input.Search
          aria-label={t('documents.searchLabel')}
          placeholder={t('documents.searchPlaceholder')}
          allowClear
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          onSearch={(v) => setParam('q', v.trim().slice(0, 200))}
          style={{ width: 320, maxWidth: '100%' }}
          maxLength={200}
        />
        <Select
          aria-label={t('documents.filterType')}
          placeholder={t('documents.type')}
          allowClear
          style={{ width: 200 }}
          value={filters.type}
          onChange={(v) => setParam('type', v)}
          options={DOCUMENT_TYPES.map((s) => ({ value: s, label: t(`documents.types.${s}`) }))}
        />
        <Select
          aria-label={t('documents.filterStatus')}
          placeholder={t('documents.status')}
          allowClear
          style={{ width: 180 }}
          value={filters.status}
          onChange={(v) => setParam('status', v)}
          options={DOCUMENT_STATUSES.map((s) => ({ value: s, label: t(`documents.statuses.${s}`) }))}
        />
        {!searching && (
          <Checkbox checked={reviewOverdue} onChange={(e) => setParam('review_overdue', e.target.checked ? 'true' : null)}>
            {t('documents.reviewOverdueOnly')}
          </Checkbox>
        )}
      </Space>
      {searching && (
        <Space style={{ marginBottom: 8 }}>
          <Typography.Text strong>{t('documents.results')}</Typography.Text>
          <Button size="small" onClick={() => { setDraft(''); setParam('q', null); }}>{t('documents.clearSearch')}</Button>
        </Space>
      )}
      {error && <Alert type="error" showIcon message={errorText(error)} style={{ marginBottom: 12 }} />}
      <Table<ControlledDocument | SearchHit>
        rowKey="id"
        size="small"
        data-testid="documents-table"
        loading={searching ? search.isLoading : list.isLoading}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 760 }}
        locale={{ emptyText: <Empty description={searching ? t('documents.noResults') : t('home.noDocuments')} /> }}
        onRow={(d) => ({ onClick: () => navigate(`/documents/${d.id}`), style: { cursor: 'pointer' } })}
        columns={[
          { title: t('documents.code'), dataIndex: 'code', width: 110 },
          {
            title: t('documents.titleField'),
            dataIndex: 'title',
            render: (v: string, d) => (
              <>
                <Link to={`/documents/${d.id}`} onClick={(e) => e.stopPropagation()}>{v}</Link>
                {'snippet' in d && (
                  <div style={{ color: 'rgba(0,0,0,0.65)', fontSize: 13 }}><SearchSnippet html={d.snippet} /></div>
                )}
              </>
            ),
          },
          { title: t('documents.type'), dataIndex: 'type', render: (v: DocumentType) => <DocumentTypeLabel type={v} />, responsive: ['md'] },
          {
            title: t('documents.status'),
            dataIndex: 'status',
            render: (v: DocumentStatus, d) => <DocumentStateTags status={v} open={d.open_revision_status} />,
          },
          {
            title: t('documents.effectiveOn'),
            dataIndex: 'effective_on',
            render: (v: string | null, d) => (
              <>
                {formatDate(v)} <ReviewOverdueTag overdue={d.review_overdue} />
              </>
            ),
          },
        ]}
      />
      {!searching && list.hasNextPage && (
        <Button style={{ marginTop: 12 }} onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage}>{t('common.loadMore')}</Button>
      )}
      {creating && (
        <DocumentFormModal onClose={() => setCreating(false)} onSaved={(d) => navigate(`/documents/${d.id}`)} />
      )}
    </>
  );
}
