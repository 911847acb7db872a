import { Alert, Button, Empty, Segmented, Table, Tag, Typography } from 'antd';
import { useInfiniteQuery } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { errorText } from '../api/problem';
import { DocumentTypeLabel } from '../components/DocumentLabels';
import { useUrlParams } from '../components/useUrlParams';
import { READING_KEY, readingPage } from '../distribution/reading';
import type { ReadingItem } from '../distribution/types';
import type { DocumentType } from '../api/types';
import { useSession } from '../session';
import { formatDate, formatDateTime } from '../format';

/** The documents distributed to the user: those to read (the default) or all of them with when each was read. */
export default function ReadingList() {
  const { t } = useTranslation();
  const { timeZone } = useSession();
  const navigate = useNavigate();
  const [params, setParam] = useUrlParams();
  const all = params.get('show') === 'all';

  const list = useInfiniteQuery({
    queryKey: [...READING_KEY, 'page', all],
    queryFn: ({ pageParam }) => readingPage(!all, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (p) => p.next_cursor ?? undefined,
  });
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 22 }}>{t('distribution.readingList')}</Typography.Title>
      <Segmented
        aria-label={t('distribution.show')}
        value={all ? 'all' : 'to-read'}
        onChange={(v) => setParam('show', v === 'all' ? 'all' : null)}
        options={[{ value: 'to-read', label: t('distribution.toRead') }, { value: 'all', label: t('distribution.all') }]}
        style={{ marginBottom: 16 }}
      />
      {list.error && <Alert type="error" showIcon message={errorText(list.error)} style={{ marginBottom: 12 }} />}
      <Table<ReadingItem>
        rowKey="id"
        size="small"
        data-testid="reading-list"
        loading={list.isLoading}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 600 }}
        locale={{ emptyText: <Empty description={all ? t('distribution.readingAllEmpty') : t('distribution.readingEmpty')} /> }}
        onRow={(d) => ({ onClick: () => navigate(`/documents/${d.id}`), style: { cursor: 'pointer' } })}
        columns={[
          { title: t('documents.code'), dataIndex: 'code', width: 100 },
          {
            title: t('documents.titleField'),
            dataIndex: 'title',
            render: (v: string, d) => <Link to={`/documents/${d.id}`} onClick={(e) => e.stopPropagation()}>{v}</Link>,
          },
          { title: t('documents.type'), dataIndex: 'type', render: (v: DocumentType) => <DocumentTypeLabel type={v} />, responsive: ['md'] },
          { title: t('documents.effectiveOn'), dataIndex: 'effective_on', render: (v: string | null) => formatDate(v), responsive: ['sm'] },
          {
            title: t('documents.status'),
            dataIndex: 'acknowledged_at',
            render: (v: string | null) => (v
              ? <Tag color="green">{t('distribution.readAt', { at: formatDateTime(v, timeZone) })}</Tag>
              : <Tag color="blue">{t('distribution.toRead')}</Tag>),
          },
        ]}
      />
      {list.hasNextPage && (
        <Button style={{ marginTop: 12 }} onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage}>{t('common.loadMore')}</Button>
      )}
    </>
  );
}
