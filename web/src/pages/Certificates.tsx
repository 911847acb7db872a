import { Alert, Button, Empty, Table, Typography } from 'antd';
import { useInfiniteQuery } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { api, type Page } from '../api/client';
import { errorText } from '../api/problem';
import { CertificateStatusTag } from '../certification/labels';
import type { Certificate } from '../certification/types';
import { formatDate } from '../format';

/** The certificates the user may see, with their public-register fields. */
export default function Certificates() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const list = useInfiniteQuery({
    queryKey: ['certificates', 'list'],
    queryFn: ({ pageParam }) => api<Page<Certificate>>('/certificates', { query: { limit: 50, cursor: pageParam } }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (p) => p.next_cursor ?? undefined,
  });
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 22 }}>{t('certification.certificates.title')}</Typography.Title>
      {list.error && <Alert type="error" showIcon message={errorText(list.error)} style={{ marginBottom: 12 }} />}
      <Table<Certificate>
        rowKey="id"
        size="small"
        data-testid="certificates-table"
        loading={list.isLoading}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 700 }}
        locale={{ emptyText: <Empty description={t('certification.certificates.empty')} /> }}
        onRow={(c) => ({ onClick: () => navigate(`/certificates/${c.id}`), style: { cursor: 'pointer' } })}
        columns={[
          {
            title: t('certification.certificates.number'),
            dataIndex: 'number',
            render: (v: string, c) => <Link to={`/certificates/${c.id}`} onClick={(e) => e.stopPropagation()}>{v}</Link>,
          },
          { title: t('certification.certificates.entity'), dataIndex: 'entity_name' },
          { title: t('certification.certificates.standards'), key: 'standards', render: (_: unknown, c) => c.standards.map((s) => s.label).join(', '), responsive: ['md'] },
          { title: t('certification.certificates.expiry'), dataIndex: 'expiry_date', render: (v: string) => formatDate(v) },
          { title: t('certification.certificates.status'), dataIndex: 'status', render: (v: Certificate['status']) => <CertificateStatusTag status={v} /> },
        ]}
      />
      {list.hasNextPage && (
        <Button style={{ marginTop: 12 }} onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage}>{t('common.loadMore')}</Button>
      )}
    </>
  );
}
