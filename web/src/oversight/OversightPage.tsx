import { Alert, Button, Empty, Input, Select, Space, Table, Tag, Typography } from 'antd';
import type { SortOrder } from 'antd/es/table/interface';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import dayjs from 'dayjs';
import { api, buildUrl } from '../api/client';
import { errorText } from '../api/problem';
import { UNIT_TYPES } from '../api/types';
import { UnitSelect } from '../components/RemoteSelect';
import { useUrlParams } from '../components/useUrlParams';
import { highestUnitFor } from '../permissions';
import { useSession } from '../session';
import { COLUMNS, LEVEL_COLOURS, type OversightCell, type OversightRow, type OversightTable } from './types';

const DATES = new Set(['certification_due', 'last_internal_audit', 'last_management_review']);

/** One figure, coloured by its level and linked to the list behind it. */
function CellView({ cell, column }: { cell?: OversightCell; column: string }) {
  const { t } = useTranslation();
  if (!cell) return null;
  let text: string;
  if (cell.value === null) text = column.startsWith('readiness:') ? t('oversight.noneAssessed') : t('oversight.none');
  else if (column.startsWith('readiness:') || column === 'satisfaction_index') text = `${cell.value}%`;
  else if (column === 'certification') text = t(`oversight.certification.${cell.value}`, { defaultValue: String(cell.value) });
  else if (DATES.has(column)) text = dayjs(String(cell.value)).format('DD/MM/YYYY');
  else text = String(cell.value);
  return (
    <Link to={cell.link} data-level={cell.level}>
      <Tag color={LEVEL_COLOURS[cell.level]} style={{ cursor: 'pointer' }}>{text}</Tag>
    </Link>
  );
}

export default function OversightPage() {
  const { t, i18n } = useTranslation();
  const { user } = useSession();
  const [params, setParam] = useUrlParams();
  const [, setParams] = useSearchParams();
  const within = Number(params.get('within') ?? highestUnitFor(user, 'view_oversight') ?? user?.unit_id ?? 0) || undefined;
  const query = {
    within, q: params.get('q') ?? undefined, type: params.get('type') ?? undefined,
    level: params.get('level') ?? undefined, sort: params.get('sort') ?? undefined, order: params.get('order') ?? undefined,
  };
  const table = useQuery({
    queryKey: ['oversight', query],
    queryFn: () => api<OversightTable>('/oversight', { query }),
    enabled: within !== undefined,
  });
  const sortOrder = (key: string): SortOrder =>
    query.sort === key ? (query.order === 'desc' ? 'descend' : 'ascend') : null;
  const column = (key: string, title: string) => ({
    key, title, sorter: true, sortOrder: sortOrder(key.startsWith('readiness:') ? 'readiness' : key),
    render: (_: unknown, r: OversightRow) => <CellView cell={r.cells[key]} column={key} />,
  });
  const data = table.data;
  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 22 }}>{t('oversight.title')}</Typography.Title>
      <Space wrap style={{ marginBottom: 16 }}>
        <UnitSelect aria-label={t('oversight.within')} placeholder={t('oversight.within')} value={within}
          onChange={(v) => setParam('within', v)} style={{ width: 280, maxWidth: '100%' }} />
        <Input.Search aria-label={t('oversight.search')} placeholder={t('oversight.search')} allowClear
          defaultValue={query.q} onSearch={(v) => setParam('q', v || undefined)} style={{ width: 260 }} />
        <Select aria-label={t('oversight.type')} placeholder={t('oversight.type')} allowClear value={query.type}
          onChange={(v) => setParam('type', v)} style={{ width: 240 }}
          options={UNIT_TYPES.map((v) => ({ value: v, label: t(`unitType.${v}`) }))} />
        <Select aria-label={t('oversight.level')} placeholder={t('oversight.level')} allowClear value={query.level}
          onChange={(v) => setParam('level', v)} style={{ width: 200 }}
          options={(['warning', 'alert'] as const).map((v) => ({ value: v, label: t(`oversight.levels.${v}`) }))} />
        {within !== undefined && (
          <Button href={buildUrl('/oversight/export', { ...query, lang: i18n.language.startsWith('en') ? 'en' : 'vi' })}>
            {t('oversight.download')}
          </Button>
        )}
      </Space>
      {table.error && <Alert type="error" showIcon message={errorText(table.error)} style={{ marginBottom: 12 }} />}
      {data && (
        <Typography.Paragraph type="secondary">
          {t('oversight.today', { day: dayjs(data.today).format('DD/MM/YYYY') })}. {t('oversight.legend')}
        </Typography.Paragraph>
      )}
      <Table<OversightRow>
        rowKey="unit_id" size="small" data-testid="oversight-table" loading={table.isLoading} pagination={false}
        dataSource={data?.items ?? []} scroll={{ x: 1400 }} locale={{ emptyText: <Empty description={t('oversight.empty')} /> }}
        onChange={(_p, _f, sorter) => {
          const s = Array.isArray(sorter) ? sorter[0] : sorter;
          const key = s?.order ? String(s.columnKey) : undefined;
          const next = new URLSearchParams(params);
          next.delete('sort');
          next.delete('order');
          if (key) next.set('sort', key.startsWith('readiness:') ? 'readiness' : key);
          if (s?.order === 'descend') next.set('order', 'desc');
          setParams(next, { replace: true });
        }}
        columns={[
          { key: 'name', title: t('oversight.unit'), fixed: 'left', width: 240, sorter: true, sortOrder: sortOrder('name'),
            render: (_: unknown, r) => (
              <Space direction="vertical" size={0}>
                <span>{r.name}</span>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>{r.code}</Typography.Text>
              </Space>
            ) },
          ...(data?.standards ?? []).map((s) =>
            column(s.key, t('oversight.readiness', { standard: `${s.code.toUpperCase().replace('-', ' ')}:${s.edition}` }))),
          ...COLUMNS.map((c) => column(c, t(`oversight.columns.${c}`))),
          { key: 'attention', title: t('oversight.attention'), sorter: true, sortOrder: sortOrder('attention'),
            render: (_: unknown, r) => <Tag color={LEVEL_COLOURS[r.worst]}>{t(`oversight.worst.${r.worst}`)}</Tag> },
        ]}
      />
    </>
  );
}
