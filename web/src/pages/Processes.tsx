import { useState } from 'react';
import { Alert, Button, Empty, Input, Select, Space, Table, Typography } from 'antd';
import { useInfiniteQuery } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { api, type Page } from '../api/client';
import { errorText } from '../api/problem';
import { PROCESS_CATEGORIES, type Process, type ProcessCategory, type RiskLevel } from '../api/types';
import { UnitName, UnitSelect, UserName, UserSelect } from '../components/RemoteSelect';
import { SingleClauseSelect } from '../documents/Clauses';
import { ProcessFormModal } from '../processes/ProcessFormModal';
import { RiskTag } from '../processes/labels';
import { useUrlParams } from '../components/useUrlParams';
import { useSession } from '../session';

const NUMBERS = ['within', 'owner_id', 'clause_id'] as const;

export default function Processes() {
  const { t } = useTranslation();
  const { can } = useSession();
  const navigate = useNavigate();
  const [params, setParam] = useUrlParams();
  const q = params.get('q') ?? '';
  const category = params.get('category') ?? undefined;
  const numbers = Object.fromEntries(NUMBERS.map((k) => [k, params.get(k) ? Number(params.get(k)) : undefined]));
  const [draft, setDraft] = useState(q);
  const [creating, setCreating] = useState(false);

  const list = useInfiniteQuery({
    queryKey: ['processes', 'list', q, category, numbers],
    queryFn: ({ pageParam }) =>
      api<Page<Process>>('/processes', { query: { q, category, ...numbers, limit: 50, cursor: pageParam } }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (p) => p.next_cursor ?? undefined,
  });
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between', flexWrap: 'wrap' }}>
        <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>{t('processes.title')}</Typography.Title>
        <Space wrap>
          <Link to="/process-map">{t('processes.map')}</Link>
          {can('manage_processes') && <Button type="primary" onClick={() => setCreating(true)}>{t('processes.create')}</Button>}
        </Space>
      </Space>
      <Space wrap style={{ margin: '16px 0' }}>
        <Input.Search
          aria-label={t('processes.searchLabel')}
          placeholder={t('processes.searchPlaceholder')}
          allowClear
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          onSearch={(v) => setParam('q', v.trim().slice(0, 200))}
          style={{ width: 300, maxWidth: '100%' }}
          maxLength={200}
        />
        <Select
          aria-label={t('processes.filterCategory')}
          placeholder={t('processes.category')}
          allowClear
          style={{ width: 230, maxWidth: '100%' }}
          value={category}
          onChange={(v) => setParam('category', v)}
          options={PROCESS_CATEGORIES.map((c) => ({ value: c, label: t(`processes.categories.${c}`) }))}
        />
        <UnitSelect aria-label={t('processes.filterUnit')} placeholder={t('processes.unit')} allowClear
          value={numbers.within} onChange={(v) => setParam('within', v)} style={{ width: 240, maxWidth: '100%' }} />
        <UserSelect aria-label={t('processes.filterOwner')} placeholder={t('processes.owner')} allowClear
          value={numbers.owner_id} onChange={(v) => setParam('owner_id', v)} style={{ width: 240, maxWidth: '100%' }} />
        <SingleClauseSelect aria-label={t('processes.filterClause')} placeholder={t('evidence.clause')}
          value={numbers.clause_id} onChange={(v) => setParam('clause_id', v)} style={{ width: 260, maxWidth: '100%' }} />
      </Space>
      {list.error && <Alert type="error" showIcon message={errorText(list.error)} style={{ marginBottom: 12 }} />}
      <Table<Process>
        rowKey="id"
        size="small"
        data-testid="processes-table"
        loading={list.isLoading}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 720 }}
        locale={{ emptyText: <Empty description={t('processes.empty')} /> }}
        onRow={(p) => ({ onClick: () => navigate(`/processes/${p.id}`), style: { cursor: 'pointer' } })}
        columns={[
          { title: t('processes.code'), dataIndex: 'code', width: 110 },
          {
            title: t('processes.name'),
            dataIndex: 'name',
            render: (v: string, p) => <Link to={`/processes/${p.id}`} onClick={(e) => e.stopPropagation()}>{v}</Link>,
          },
          { title: t('processes.category'), dataIndex: 'category', render: (v: ProcessCategory) => t(`processes.categories.${v}`) },
          { title: t('processes.unit'), dataIndex: 'unit_id', render: (v: number) => <UnitName id={v} />, responsive: ['md'] },
          { title: t('processes.owner'), dataIndex: 'owner_id', render: (v: number | null) => <UserName id={v} /> },
          { title: t('processes.riskLevel'), dataIndex: 'risk_level', render: (v: RiskLevel) => <RiskTag level={v} /> },
        ]}
      />
      {list.hasNextPage && (
        <Button style={{ marginTop: 12 }} onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage}>{t('common.loadMore')}</Button>
      )}
      {creating && <ProcessFormModal onClose={() => setCreating(false)} onSaved={(p) => navigate(`/processes/${p.id}`)} />}
    </>
  );
}
