import { useState } from 'react';
import { Alert, Button, Descriptions, Drawer, Empty, Input, Select, Space, Spin, Table, Typography } from 'antd';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { api, type Page } from '../api/client';
import { errorText } from '../api/problem';
import {
  DOCUMENT_STATUSES, DOCUMENT_TYPES, type ControlledDocument, type DocumentRevision, type DocumentStatus,
  type DocumentType, type SearchHit,
} from '../api/types';
import { UnitName, UserName } from '../components/RemoteSelect';
import { DocumentStatusTag, DocumentTypeLabel, ReviewOverdueTag, SearchSnippet } from '../components/DocumentLabels';
import { formatDate } from '../format';

function withParam(params: URLSearchParams, k: string, v: string | number | undefined | null) {
  const p = new URLSearchParams(params);
  if (v === undefined || v === null || v === '') p.delete(k);
  else p.set(k, String(v));
  return `?${p.toString()}`;
}

export default function Documents() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filters = { type: params.get('type') ?? undefined, status: params.get('status') ?? undefined };
  const q = params.get('q') ?? '';
  const openId = params.get('id') ? Number(params.get('id')) : null;
  const [draft, setDraft] = useState(q);
  const setParam = (k: string, v: string | number | undefined | null) => setParams(withParam(params, k, v), { replace: true });

  const list = useInfiniteQuery({
    queryKey: ['documents', 'list', filters],
    queryFn: ({ pageParam }) => api<Page<ControlledDocument>>('/documents', { query: { ...filters, limit: 50, cursor: pageParam } }),
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
      <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>{t('documents.title')}</Typography.Title>
      <Space wrap style={{ margin: '16px 0' }}>
        <Input.Search
          aria-label={t('documents.searchLabel')}
          placeholder={t('documents.searchPlaceholder')}
          allowClear
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          onSearch={(v) => setParam('q', v.trim().slice(0, 200))}
          style={{ width: 320 }}
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
        onRow={(d) => ({ onClick: () => setParam('id', d.id), style: { cursor: 'pointer' } })}
        columns={[
          { title: t('documents.code'), dataIndex: 'code', width: 110 },
          {
            title: t('documents.titleField'),
            dataIndex: 'title',
            render: (v: string, d) => (
              <>
                <Link to={{ search: withParam(params, 'id', d.id) }} replace onClick={(e) => e.stopPropagation()}>{v}</Link>
                {'snippet' in d && (
                  <div style={{ color: 'rgba(0,0,0,0.65)', fontSize: 13 }}><SearchSnippet html={d.snippet} /></div>
                )}
              </>
            ),
          },
          { title: t('documents.type'), dataIndex: 'type', render: (v: DocumentType) => <DocumentTypeLabel type={v} />, responsive: ['md'] },
          { title: t('documents.status'), dataIndex: 'status', render: (v: DocumentStatus) => <DocumentStatusTag status={v} /> },
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
      <DocumentDrawer id={openId} onClose={() => setParam('id', null)} />
    </>
  );
}

function DocumentDrawer({ id, onClose }: { id: number | null; onClose: () => void }) {
  const { t } = useTranslation();
  const doc = useQuery({ queryKey: ['documents', 'one', id], queryFn: () => api<ControlledDocument>(`/documents/${id}`), enabled: id !== null });
  const revId = doc.data?.current_revision_id ?? null;
  const rev = useQuery({
    queryKey: ['documents', 'revision', id, revId],
    queryFn: () => api<DocumentRevision>(`/documents/${id}/revisions/${revId}`),
    enabled: id !== null && revId !== null,
  });
  const d = doc.data;
  return (
    <Drawer open={id !== null} onClose={onClose} width={720} title={d ? `${d.code} — ${d.title}` : t('documents.detail')} destroyOnClose>
      {doc.isLoading && <Spin aria-label={t('common.loading')} />}
      {doc.error && <Alert type="error" showIcon message={errorText(doc.error)} />}
      {d && (
        <>
          <Descriptions column={1} size="small" bordered data-testid="document-detail">
            <Descriptions.Item label={t('documents.code')}>{d.code}</Descriptions.Item>
            <Descriptions.Item label={t('documents.titleField')}>{d.title}</Descriptions.Item>
            <Descriptions.Item label={t('documents.type')}><DocumentTypeLabel type={d.type} /></Descriptions.Item>
            <Descriptions.Item label={t('documents.status')}><DocumentStatusTag status={d.status} /></Descriptions.Item>
            <Descriptions.Item label={t('documents.unit')}><UnitName id={d.unit_id} /></Descriptions.Item>
            <Descriptions.Item label={t('documents.owner')}><UserName id={d.owner_id} /></Descriptions.Item>
            <Descriptions.Item label={t('documents.confidentiality')}>{t(`documents.confidentialities.${d.confidentiality}`, { defaultValue: d.confidentiality })}</Descriptions.Item>
            <Descriptions.Item label={t('documents.effectiveOn')}>{formatDate(d.effective_on)}</Descriptions.Item>
            <Descriptions.Item label={t('documents.nextReviewOn')}>
              {formatDate(d.next_review_on)} <ReviewOverdueTag overdue={d.review_overdue} />
            </Descriptions.Item>
            <Descriptions.Item label={t('documents.reviewMonths')}>{d.review_months}</Descriptions.Item>
          </Descriptions>
          <Typography.Title level={2} style={{ fontSize: 16, marginTop: 16 }}>
            {t('documents.content')}{rev.data ? ` (${t('documents.revision')} ${rev.data.number})` : ''}
          </Typography.Title>
          {revId === null && <Typography.Text type="secondary">{t('documents.noContent')}</Typography.Text>}
          {rev.isLoading && <Spin aria-label={t('common.loading')} />}
          {rev.error && <Alert type="error" showIcon message={errorText(rev.error)} />}
          {rev.data && (
            // Safe: the server renders the Markdown itself and drops raw HTML from the source and the URLs of links
            // and images with unsafe schemes, so `content_html` holds only markup it generated.
            <div className="doc-content" data-testid="document-content" dangerouslySetInnerHTML={{ __html: rev.data.content_html }} />
          )}
        </>
      )}
    </Drawer>
  );
}
