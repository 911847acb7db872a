import { useState } from 'react';
import { Alert, Button, Empty, Select, Space, Table, Typography } from 'antd';
import { useInfiniteQuery } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { api, fetchAll, type Page } from '../../api/client';
import { errorText } from '../../api/problem';
import { UnitName, UnitSelect } from '../../components/RemoteSelect';
import { useUrlParams } from '../../components/useUrlParams';
import { useSession } from '../../session';
import { IndicatorFormModal } from './IndicatorFormModal';
import { download, toCsv } from './status';
import { StatusTag } from './StatusTag';
import { SOURCES, type Indicator } from './types';

export default function IndicatorsPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const navigate = useNavigate();
  const [params, setParam] = useUrlParams();
  const within = params.get('within') ? Number(params.get('within')) : undefined;
  const objectiveId = params.get('objective_id') ? Number(params.get('objective_id')) : undefined;
  const source = params.get('source') ?? undefined;
  const [creating, setCreating] = useState(false);
  const query = { within, objective_id: objectiveId, source };
  const list = useInfiniteQuery({
    queryKey: ['indicators', 'list', within, objectiveId, source],
    queryFn: ({ pageParam }) => api<Page<Indicator>>('/indicators', { query: { ...query, limit: 50, cursor: pageParam } }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (p) => p.next_cursor ?? undefined,
  });
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];
  const k = (key: string) => t(`planningIndicators.indicators.${key}`);
  const exportCsv = async () => {
    const all = await fetchAll<Indicator>('/indicators', query);
    download('chi-so.csv', toCsv(
      ['id', 'objective_id', 'unit_id', 'code', 'name', 'measure_unit', 'direction', 'target', 'warning', 'frequency', 'source', 'metric', 'aggregation', 'latest_period', 'latest_value', 'latest_status'],
      all.map((i) => [i.id, i.objective_id, i.unit_id, i.code, i.name, i.measure_unit, i.direction, i.target, i.warning, i.frequency, i.source, i.metric, i.aggregation, i.latest?.period, i.latest?.value, i.latest?.status]),
    ));
  };
  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between', flexWrap: 'wrap' }}>
        <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>{k('title')}</Typography.Title>
        <Space wrap>
          <Link to="/indicators/compare">{k('compare')}</Link>
          <Button onClick={() => void exportCsv()}>{k('export')}</Button>
          {can('manage_planning') && <Button type="primary" onClick={() => setCreating(true)}>{k('create')}</Button>}
        </Space>
      </Space>
      {objectiveId && (
        <Alert style={{ marginTop: 12 }} type="info" message={t('planningIndicators.indicators.filterObjective', { id: objectiveId })}
          action={<Button size="small" onClick={() => setParam('objective_id', undefined)}>{k('clearObjective')}</Button>} />
      )}
      <Space wrap style={{ margin: '16px 0' }}>
        <UnitSelect aria-label={k('filterUnit')} placeholder={t('planningIndicators.objectives.unit')} allowClear
          value={within} onChange={(v) => setParam('within', v)} style={{ width: 260, maxWidth: '100%' }} />
        <Select aria-label={k('filterSource')} placeholder={k('source')} allowClear style={{ width: 200, maxWidth: '100%' }}
          value={source} onChange={(v) => setParam('source', v)}
          options={SOURCES.map((s) => ({ value: s, label: t(`planningIndicators.indicators.sources.${s}`) }))} />
      </Space>
      {list.error && <Alert type="error" showIcon message={errorText(list.error)} style={{ marginBottom: 12 }} />}
      <Table<Indicator>
        rowKey="id" size="small" data-testid="indicators-table" loading={list.isLoading} dataSource={rows} pagination={false}
        scroll={{ x: 820 }} locale={{ emptyText: <Empty description={k('empty')} /> }}
        onRow={(i) => ({ onClick: () => navigate(`/indicators/${i.id}`), style: { cursor: 'pointer' } })}
        columns={[
          { title: k('code'), dataIndex: 'code', width: 110 },
          { title: k('name'), dataIndex: 'name', render: (v: string, i) => <Link to={`/indicators/${i.id}`} onClick={(e) => e.stopPropagation()}>{v}</Link> },
          { title: t('planningIndicators.objectives.unit'), dataIndex: 'unit_id', render: (v: number) => <UnitName id={v} />, responsive: ['md'] },
          { title: k('target'), key: 'target', render: (_, i) => `${i.target} ${i.measure_unit}`, responsive: ['lg'] },
          { title: k('source'), dataIndex: 'source', render: (v: string) => t(`planningIndicators.indicators.sources.${v}`), responsive: ['lg'] },
          { title: k('latest'), key: 'latest', render: (_, i) => (i.latest ? `${i.latest.value} ${i.measure_unit} (${i.latest.period})` : '—') },
          { title: k('status'), key: 'status', render: (_, i) => <StatusTag status={i.latest?.status} /> },
        ]}
      />
      {list.hasNextPage && <Button style={{ marginTop: 12 }} onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage}>{t('common.loadMore')}</Button>}
      {creating && <IndicatorFormModal objectiveId={objectiveId} onClose={() => setCreating(false)} onSaved={(i) => navigate(`/indicators/${i.id}`)} />}
    </>
  );
}
