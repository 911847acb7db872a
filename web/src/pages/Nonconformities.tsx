import { useState } from 'react';
import { Alert, App, Button, Checkbox, Empty, Form, Grid, InputNumber, Select, Space, Table, Typography } from 'antd';
import { useInfiniteQuery, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { api, type Page } from '../api/client';
import { errorText } from '../api/problem';
import { FormModal } from '../components/FormModal';
import { UnitName, UnitSelect } from '../components/RemoteSelect';
import { useUrlParams } from '../components/useUrlParams';
import { SingleClauseSelect } from '../documents/Clauses';
import { formatDate } from '../format';
import { useSession } from '../session';
import { clauseRefsText } from '../audits/labels';
import { NonconformityFormModal } from '../improvement/NonconformityFormModal';
import { NcMarks, NcStatusTag, SeverityTag } from '../improvement/labels';
import { NC_SOURCES, NC_STATUSES, SEVERITIES, type DueDays, type Nonconformity, type NcStatus, type Severity } from '../improvement/types';
import { maySetDueDays } from '../improvement/workflow';

const TEXTS = ['status', 'severity', 'source'] as const;
const NUMBERS = ['within', 'clause_id'] as const;
const FLAGS = ['overdue', 'repeat'] as const;

export default function Nonconformities() {
  const { t } = useTranslation();
  const narrow = !Grid.useBreakpoint().md;
  const { user, can } = useSession();
  const navigate = useNavigate();
  const [params, setParam] = useUrlParams();
  const texts = Object.fromEntries(TEXTS.map((k) => [k, params.get(k) ?? undefined]));
  const numbers = Object.fromEntries(NUMBERS.map((k) => [k, params.get(k) ? Number(params.get(k)) : undefined]));
  const flags = Object.fromEntries(FLAGS.map((k) => [k, params.get(k) === 'true']));
  const [creating, setCreating] = useState(false);
  const [settings, setSettings] = useState(false);

  const list = useInfiniteQuery({
    queryKey: ['nonconformities', 'list', texts, numbers, flags],
    queryFn: ({ pageParam }) =>
      api<Page<Nonconformity>>('/nonconformities', { query: { ...texts, ...numbers, ...flags, limit: 50, cursor: pageParam } }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (p) => p.next_cursor ?? undefined,
  });
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];
  const select = (k: (typeof TEXTS)[number], values: readonly string[], prefix: string, label: string, placeholder: string, width = 200) => (
    <Select
      aria-label={label}
      placeholder={placeholder}
      allowClear
      style={{ width, maxWidth: '100%' }}
      value={texts[k]}
      onChange={(v) => setParam(k, v)}
      options={values.map((s) => ({ value: s, label: t(`${prefix}.${s}`) }))}
    />
  );

  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between', flexWrap: 'wrap' }}>
        <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>{t('improvement.nc.title')}</Typography.Title>
        <Space wrap>
          <Link to="/nonconformity-dashboard">{t('nav.ncDashboard')}</Link>
          {maySetDueDays(user) && <Button onClick={() => setSettings(true)}>{t('improvement.nc.settings')}</Button>}
          {can('report_nonconformities') && <Button type="primary" onClick={() => setCreating(true)}>{t('improvement.nc.create')}</Button>}
        </Space>
      </Space>
      <Space wrap style={{ margin: '16px 0' }}>
        <UnitSelect aria-label={t('improvement.nc.filterUnit')} placeholder={t('improvement.nc.unit')} allowClear
          value={numbers.within} onChange={(v) => setParam('within', v)} style={{ width: 240, maxWidth: '100%' }} />
        {select('severity', SEVERITIES, 'improvement.nc.severities', t('improvement.nc.filterSeverity'), t('improvement.nc.severity'), 140)}
        {select('status', NC_STATUSES, 'improvement.nc.statuses', t('improvement.nc.filterStatus'), t('improvement.nc.status'))}
        {select('source', NC_SOURCES, 'improvement.nc.sources', t('improvement.nc.filterSource'), t('improvement.nc.source'))}
        <SingleClauseSelect aria-label={t('improvement.nc.filterClause')} placeholder={t('improvement.nc.clauses')}
          value={numbers.clause_id} onChange={(v) => setParam('clause_id', v)} style={{ width: 240, maxWidth: '100%' }} />
        <Checkbox checked={flags.overdue} onChange={(e) => setParam('overdue', e.target.checked ? 'true' : undefined)}>
          {t('improvement.nc.overdueOnly')}
        </Checkbox>
        <Checkbox checked={flags.repeat} onChange={(e) => setParam('repeat', e.target.checked ? 'true' : undefined)}>
          {t('improvement.nc.repeatOnly')}
        </Checkbox>
      </Space>
      {list.error && <Alert type="error" showIcon message={errorText(list.error)} style={{ marginBottom: 12 }} />}
      <Table<Nonconformity>
        rowKey="id"
        size="small"
        data-testid="nonconformities-table"
        loading={list.isLoading}
        dataSource={rows}
        pagination={false}
        scroll={narrow ? undefined : { x: 760 }}
        locale={{ emptyText: <Empty description={t('improvement.nc.empty')} /> }}
        onRow={(nc) => ({ onClick: () => navigate(`/nonconformities/${nc.id}`), style: { cursor: 'pointer' } })}
        columns={narrow ? [{
          // On a phone one column holds it all: seven side by side left the number and a cut title in view.
          title: t('improvement.nc.titleField'),
          key: 'all',
          render: (_, nc) => (
            <>
              <Link to={`/nonconformities/${nc.id}`} onClick={(e) => e.stopPropagation()}>#{nc.id} {nc.title}</Link>
              <div style={{ marginTop: 4 }}>
                <SeverityTag severity={nc.severity} /> <NcStatusTag status={nc.status} />{' '}
                <NcMarks overdue={nc.overdue} repeat={nc.repeat} escalated={!!nc.escalation} />
              </div>
              <div>{t('improvement.nc.dueDate')}: {formatDate(nc.due_date)}</div>
            </>
          ),
        }] : [
          { title: '#', dataIndex: 'id', width: 60 },
          {
            title: t('improvement.nc.titleField'),
            dataIndex: 'title',
            render: (v: string, nc) => (
              <>
                <Link to={`/nonconformities/${nc.id}`} onClick={(e) => e.stopPropagation()}>{v}</Link>{' '}
                <NcMarks overdue={nc.overdue} repeat={nc.repeat} escalated={!!nc.escalation} />
              </>
            ),
          },
          { title: t('improvement.nc.unit'), dataIndex: 'unit_id', render: (v: number) => <UnitName id={v} />, responsive: ['md'] },
          { title: t('improvement.nc.severity'), dataIndex: 'severity', render: (v: Severity) => <SeverityTag severity={v} /> },
          { title: t('improvement.nc.status'), dataIndex: 'status', render: (v: NcStatus) => <NcStatusTag status={v} /> },
          { title: t('improvement.nc.dueDate'), dataIndex: 'due_date', render: (v: string) => formatDate(v) },
          { title: t('improvement.nc.clauses'), key: 'clauses', render: (_, nc) => clauseRefsText(nc.clauses) || '—', responsive: ['lg'] },
        ]}
      />
      {list.hasNextPage && (
        <Button style={{ marginTop: 12 }} onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage}>{t('common.loadMore')}</Button>
      )}
      {creating && <NonconformityFormModal onClose={() => setCreating(false)} onSaved={(nc) => navigate(`/nonconformities/${nc.id}`)} />}
      {settings && <DueDaysModal onClose={() => setSettings(false)} />}
    </>
  );
}

/** The organisation's default days from detection to the due date, by severity. */
function DueDaysModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const settings = useQuery({ queryKey: ['nonconformity-settings'], queryFn: () => api<DueDays>('/nonconformity-settings') });
  if (!settings.data) return null;
  const send = async (v: { major_days: number; minor_days: number }) => {
    await api<DueDays>('/nonconformity-settings', { method: 'PATCH', json: { version: settings.data!.version, ...v } });
    message.success(t('common.saved'));
    await qc.invalidateQueries({ queryKey: ['nonconformity-settings'] });
    onClose();
  };
  return (
    <FormModal
      title={t('improvement.nc.settingsTitle')}
      fields={['major_days', 'minor_days']}
      send={send}
      onClose={onClose}
      onStale={() => void qc.invalidateQueries({ queryKey: ['nonconformity-settings'] })}
      initialValues={settings.data}
    >
      <Typography.Paragraph type="secondary">{t('improvement.nc.settingsHelp')}</Typography.Paragraph>
      <Form.Item name="major_days" label={t('improvement.nc.majorDays')} rules={[{ required: true }]}>
        <InputNumber min={1} max={365} />
      </Form.Item>
      <Form.Item name="minor_days" label={t('improvement.nc.minorDays')} rules={[{ required: true }]}>
        <InputNumber min={1} max={365} />
      </Form.Item>
    </FormModal>
  );
}
