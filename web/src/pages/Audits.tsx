import { useState } from 'react';
import { Alert, Button, Checkbox, Empty, Select, Space, Table, Tag, Typography } from 'antd';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { api, fetchAll, type Page } from '../api/client';
import { errorText } from '../api/problem';
import { UnitName, UnitSelect, UserName, UserSelect } from '../components/RemoteSelect';
import { useUrlParams } from '../components/useUrlParams';
import { useSession } from '../session';
import { AuditFormModal } from '../audits/AuditFormModal';
import { AuditStatusTag, auditDates } from '../audits/labels';
import { AUDIT_STATUSES, type Audit, type AuditStatus, type AuditType, type Programme } from '../audits/types';

const NUMBERS = ['programme_id', 'unit_id', 'lead_auditor_id'] as const;

export default function Audits() {
  const { t } = useTranslation();
  const { can } = useSession();
  const navigate = useNavigate();
  const [params, setParam] = useUrlParams();
  const status = params.get('status') ?? undefined;
  const cancelled = params.get('include_archived') === 'true';
  const numbers = Object.fromEntries(NUMBERS.map((k) => [k, params.get(k) ? Number(params.get(k)) : undefined]));
  const [creating, setCreating] = useState(false);

  const programmes = useQuery({ queryKey: ['audit-programmes', 'all'], queryFn: () => fetchAll<Programme>('/audit-programmes') });
  const list = useInfiniteQuery({
    queryKey: ['audits', 'list', status, numbers, cancelled],
    queryFn: ({ pageParam }) => api<Page<Audit>>('/audits', {
      query: { status, ...numbers, include_archived: cancelled, limit: 50, cursor: pageParam },
    }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (p) => p.next_cursor ?? undefined,
  });
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between', flexWrap: 'wrap' }}>
        <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>{t('audits.title')}</Typography.Title>
        <Space wrap>
          <Link to="/audit-programmes">{t('nav.auditProgrammes')}</Link>
          {can('manage_audits') && <Button type="primary" onClick={() => setCreating(true)}>{t('audits.create')}</Button>}
        </Space>
      </Space>
      <Space wrap style={{ margin: '16px 0' }}>
        <Select
          aria-label={t('audits.filterProgramme')}
          placeholder={t('audits.programme')}
          allowClear
          style={{ width: 260, maxWidth: '100%' }}
          value={numbers.programme_id}
          onChange={(v) => setParam('programme_id', v)}
          options={(programmes.data ?? []).map((p) => ({ value: p.id, label: `${p.year} — ${p.title}` }))}
        />
        <Select
          aria-label={t('audits.filterStatus')}
          placeholder={t('audits.status')}
          allowClear
          style={{ width: 180, maxWidth: '100%' }}
          value={status}
          onChange={(v) => setParam('status', v)}
          options={AUDIT_STATUSES.map((s) => ({ value: s, label: t(`audits.statuses.${s}`) }))}
        />
        <UnitSelect aria-label={t('audits.filterUnit')} placeholder={t('audits.unit')} allowClear
          value={numbers.unit_id} onChange={(v) => setParam('unit_id', v)} style={{ width: 240, maxWidth: '100%' }} />
        <UserSelect aria-label={t('audits.filterLead')} placeholder={t('audits.lead')} allowClear
          value={numbers.lead_auditor_id} onChange={(v) => setParam('lead_auditor_id', v)} style={{ width: 240, maxWidth: '100%' }} />
        <Checkbox checked={cancelled} onChange={(e) => setParam('include_archived', e.target.checked ? 'true' : undefined)}>
          {t('audits.showCancelled')}
        </Checkbox>
      </Space>
      {list.error && <Alert type="error" showIcon message={errorText(list.error)} style={{ marginBottom: 12 }} />}
      <Table<Audit>
        rowKey="id"
        size="small"
        data-testid="audits-table"
        loading={list.isLoading}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 720 }}
        locale={{ emptyText: <Empty description={t('audits.empty')} /> }}
        onRow={(a) => ({ onClick: () => navigate(`/audits/${a.id}`), style: { cursor: 'pointer' } })}
        columns={[
          {
            title: t('audits.titleField'),
            dataIndex: 'title',
            render: (v: string, a) => <Link to={`/audits/${a.id}`} onClick={(e) => e.stopPropagation()}>{v}</Link>,
          },
          { title: t('audits.unit'), dataIndex: 'unit_id', render: (v: number) => <UnitName id={v} /> },
          { title: t('audits.dates'), key: 'dates', render: (_, a) => auditDates(a) },
          { title: t('audits.lead'), dataIndex: 'lead_auditor_id', render: (v: number) => <UserName id={v} />, responsive: ['md'] },
          { title: t('audits.type'), dataIndex: 'type', render: (v: AuditType) => t(`audits.types.${v}`), responsive: ['lg'] },
          {
            title: t('audits.status'),
            dataIndex: 'status',
            render: (v: AuditStatus, a) => (a.archived_at ? <Tag>{t('audits.cancelled')}</Tag> : <AuditStatusTag status={v} />),
          },
        ]}
      />
      {list.hasNextPage && (
        <Button style={{ marginTop: 12 }} onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage}>{t('common.loadMore')}</Button>
      )}
      {creating && <AuditFormModal programmeId={numbers.programme_id} onClose={() => setCreating(false)} onSaved={(a) => navigate(`/audits/${a.id}`)} />}
    </>
  );
}
