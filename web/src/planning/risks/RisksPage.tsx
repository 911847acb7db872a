import { useState } from 'react';
import { Alert, Button, Checkbox, Empty, Select, Space, Table, Tag, Typography } from 'antd';
import { useInfiniteQuery, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, buildUrl, type Page } from '../../api/client';
import { errorText } from '../../api/problem';
import { UnitName, UnitSelect, UserName } from '../../components/RemoteSelect';
import { useUrlParams } from '../../components/useUrlParams';
import { formatDate } from '../../format';
import { useSession } from '../../session';
import { LevelTag, RiskDetail } from './RiskDetail';
import { RiskFormModal } from './RiskFormModal';
import { RiskHeatmap } from './RiskHeatmap';
import {
  OPPORTUNITY_TREATMENTS, RISK_KINDS, RISK_TREATMENTS, type MatrixSettings, type Risk, type RiskKind,
} from './types';

/** The register of risks and opportunities: filters, the heat map of the subtree, the list and its exports. */
export default function RisksPage() {
  const { t, i18n } = useTranslation();
  const { can } = useSession();
  const qc = useQueryClient();
  const [params, setParam] = useUrlParams();
  const within = params.get('within') ? Number(params.get('within')) : undefined;
  const kind = (params.get('kind') ?? undefined) as RiskKind | undefined;
  const level = params.get('level') ?? undefined;
  const treatment = params.get('treatment') ?? undefined;
  const overdue = params.get('review_overdue') === 'true';
  const filters = { within, kind, level, treatment, review_overdue: overdue || undefined };
  const [creating, setCreating] = useState(false);
  const [open, setOpen] = useState<number | null>(null);
  const en = i18n.language.startsWith('en');

  const settings = useQuery({ queryKey: ['risk-matrix'], queryFn: () => api<MatrixSettings>('/risk-matrix'), staleTime: 60_000 });
  const matrix = settings.data?.matrix;
  const list = useInfiniteQuery({
    queryKey: ['risks', 'list', filters],
    queryFn: ({ pageParam }) => api<Page<Risk>>('/risks', { query: { ...filters, limit: 50, cursor: pageParam } }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (p) => p.next_cursor ?? undefined,
  });
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];
  const refresh = () => void qc.invalidateQueries({ queryKey: ['risks'] });
  const exportUrl = (format: string) => buildUrl('/risks/export', { ...filters, format });

  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between', flexWrap: 'wrap' }}>
        <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>{t('risks.title')}</Typography.Title>
        <Space wrap>
          <Button href={exportUrl('csv')}>{t('risks.exportCsv')}</Button>
          <Button href={exportUrl('xlsx')}>{t('risks.exportXlsx')}</Button>
          {can('manage_planning') && matrix && <Button type="primary" onClick={() => setCreating(true)}>{t('risks.create')}</Button>}
        </Space>
      </Space>
      <Space wrap style={{ margin: '16px 0' }}>
        <UnitSelect aria-label={t('risks.filterUnit')} placeholder={t('risks.unit')} allowClear value={within}
          onChange={(v) => setParam('within', v)} style={{ width: 240, maxWidth: '100%' }} />
        <Select aria-label={t('risks.filterKind')} placeholder={t('risks.kind')} allowClear style={{ width: 160 }} value={kind}
          onChange={(v) => setParam('kind', v)} options={RISK_KINDS.map((k) => ({ value: k, label: t(`risks.kinds.${k}`) }))} />
        <Select aria-label={t('risks.filterLevel')} placeholder={t('risks.level')} allowClear style={{ width: 160 }} value={level}
          onChange={(v) => setParam('level', v)}
          options={(matrix?.bands ?? []).map((b) => ({ value: b.level, label: en ? b.label.en : b.label.vi }))} />
        <Select aria-label={t('risks.filterTreatment')} placeholder={t('risks.treatment')} allowClear style={{ width: 180 }}
          value={treatment} onChange={(v) => setParam('treatment', v)}
          options={[...RISK_TREATMENTS, ...OPPORTUNITY_TREATMENTS].map((v) => ({ value: v, label: t(`risks.treatments.${v}`) }))} />
        <Checkbox checked={overdue} onChange={(e) => setParam('review_overdue', e.target.checked ? 'true' : undefined)}>
          {t('risks.onlyOverdue')}
        </Checkbox>
      </Space>
      <RiskHeatmap within={within} kind={kind ?? 'risk'} />
      {(list.error || settings.error) && (
        <Alert type="error" showIcon message={errorText(list.error ?? settings.error)} style={{ marginBottom: 12 }} />
      )}
      <Table<Risk>
        rowKey="id"
        size="small"
        data-testid="risks-table"
        loading={list.isLoading}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 820 }}
        locale={{ emptyText: <Empty description={t('risks.empty')} /> }}
        onRow={(r) => ({ onClick: () => setOpen(r.id), style: { cursor: 'pointer' } })}
        columns={[
          {
            title: t('risks.riskTitle'), dataIndex: 'title',
            render: (v: string, r) => <Button type="link" style={{ padding: 0, whiteSpace: 'normal', textAlign: 'left' }} onClick={(e) => { e.stopPropagation(); setOpen(r.id); }}>{v}</Button>,
          },
          { title: t('risks.kind'), dataIndex: 'kind', render: (v: RiskKind) => t(`risks.kinds.${v}`) },
          { title: t('risks.unit'), dataIndex: 'unit_id', render: (v: number) => <UnitName id={v} />, responsive: ['md'] },
          {
            title: t('risks.level'), key: 'level',
            render: (_: unknown, r) => (matrix ? <LevelTag matrix={matrix} rating={r.residual ?? r.inherent} /> : r.level),
          },
          { title: t('risks.treatment'), dataIndex: 'treatment', render: (v: string | null) => (v ? t(`risks.treatments.${v}`) : '—') },
          { title: t('risks.owner'), dataIndex: 'owner_id', render: (v: number | null) => <UserName id={v} />, responsive: ['md'] },
          {
            title: t('risks.nextReview'), dataIndex: 'next_review_date',
            render: (v: string | null, r) => (
              <>{v ? formatDate(v) : '—'}{r.review_overdue && <Tag color="red" style={{ marginLeft: 6 }}>{t('risks.reviewOverdue')}</Tag>}</>
            ),
          },
        ]}
      />
      {list.hasNextPage && (
        <Button style={{ marginTop: 12 }} onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage}>{t('common.loadMore')}</Button>
      )}
      {creating && matrix && (
        <RiskFormModal matrix={matrix} onClose={() => setCreating(false)} onSaved={(r) => { setCreating(false); refresh(); setOpen(r.id); }} />
      )}
      {open !== null && matrix && <RiskDetail id={open} matrix={matrix} onClose={() => setOpen(null)} onChanged={refresh} />}
    </>
  );
}
