import { useState } from 'react';
import { Alert, Button, Empty, Select, Space, Table, Typography } from 'antd';
import { useInfiniteQuery } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { api, type Page } from '../api/client';
import { errorText } from '../api/problem';
import { UnitName, UnitSelect, UserName, UserSelect } from '../components/RemoteSelect';
import { useUrlParams } from '../components/useUrlParams';
import { useSession } from '../session';
import { ImprovementFormModal } from '../improvement/ImprovementFormModal';
import { ImprovementStatusTag } from '../improvement/labels';
import { IMPROVEMENT_SOURCES, IMPROVEMENT_STATUSES, type Improvement, type ImprovementSource, type ImprovementStatus } from '../improvement/types';

export default function Improvements() {
  const { t } = useTranslation();
  const { can } = useSession();
  const navigate = useNavigate();
  const [params, setParam] = useUrlParams();
  const status = params.get('status') ?? undefined;
  const source = params.get('source') ?? undefined;
  const within = params.get('within') ? Number(params.get('within')) : undefined;
  const ownerId = params.get('owner_id') ? Number(params.get('owner_id')) : undefined;
  const [creating, setCreating] = useState(false);

  const list = useInfiniteQuery({
    queryKey: ['improvements', 'list', status, source, within, ownerId],
    queryFn: ({ pageParam }) =>
      api<Page<Improvement>>('/improvements', { query: { status, source, within, owner_id: ownerId, limit: 50, cursor: pageParam } }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (p) => p.next_cursor ?? undefined,
  });
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between', flexWrap: 'wrap' }}>
        <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>{t('improvement.improvements.title')}</Typography.Title>
        {can('report_nonconformities') && <Button type="primary" onClick={() => setCreating(true)}>{t('improvement.improvements.create')}</Button>}
      </Space>
      <Space wrap style={{ margin: '16px 0' }}>
        <UnitSelect aria-label={t('improvement.improvements.filterUnit')} placeholder={t('improvement.improvements.unit')} allowClear
          value={within} onChange={(v) => setParam('within', v)} style={{ width: 240, maxWidth: '100%' }} />
        <Select
          aria-label={t('improvement.improvements.filterStatus')}
          placeholder={t('improvement.improvements.status')}
          allowClear
          style={{ width: 180, maxWidth: '100%' }}
          value={status}
          onChange={(v) => setParam('status', v)}
          options={IMPROVEMENT_STATUSES.map((s) => ({ value: s, label: t(`improvement.improvements.statuses.${s}`) }))}
        />
        <Select
          aria-label={t('improvement.improvements.filterSource')}
          placeholder={t('improvement.improvements.source')}
          allowClear
          style={{ width: 220, maxWidth: '100%' }}
          value={source}
          onChange={(v) => setParam('source', v)}
          options={IMPROVEMENT_SOURCES.map((s) => ({ value: s, label: t(`improvement.nc.sources.${s}`) }))}
        />
        <UserSelect aria-label={t('improvement.improvements.filterOwner')} placeholder={t('improvement.improvements.owner')} allowClear
          value={ownerId} onChange={(v) => setParam('owner_id', v)} style={{ width: 240, maxWidth: '100%' }} />
      </Space>
      {list.error && <Alert type="error" showIcon message={errorText(list.error)} style={{ marginBottom: 12 }} />}
      <Table<Improvement>
        rowKey="id"
        size="small"
        data-testid="improvements-table"
        loading={list.isLoading}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 720 }}
        locale={{ emptyText: <Empty description={t('improvement.improvements.empty')} /> }}
        onRow={(i) => ({ onClick: () => navigate(`/improvements/${i.id}`), style: { cursor: 'pointer' } })}
        columns={[
          { title: '#', dataIndex: 'id', width: 60 },
          {
            title: t('improvement.improvements.titleField'),
            dataIndex: 'title',
            render: (v: string, i) => <Link to={`/improvements/${i.id}`} onClick={(e) => e.stopPropagation()}>{v}</Link>,
          },
          { title: t('improvement.improvements.unit'), dataIndex: 'unit_id', render: (v: number) => <UnitName id={v} />, responsive: ['md'] },
          { title: t('improvement.improvements.source'), dataIndex: 'source', render: (v: ImprovementSource) => t(`improvement.nc.sources.${v}`), responsive: ['lg'] },
          { title: t('improvement.improvements.owner'), dataIndex: 'owner_id', render: (v: number | null) => <UserName id={v} /> },
          { title: t('improvement.improvements.status'), dataIndex: 'status', render: (v: ImprovementStatus) => <ImprovementStatusTag status={v} /> },
        ]}
      />
      {list.hasNextPage && (
        <Button style={{ marginTop: 12 }} onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage}>{t('common.loadMore')}</Button>
      )}
      {creating && <ImprovementFormModal onClose={() => setCreating(false)} onSaved={(i) => navigate(`/improvements/${i.id}`)} />}
    </>
  );
}
