import { useState } from 'react';
import { Alert, App, Button, Checkbox, Empty, Form, Input, InputNumber, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useInfiniteQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { api, type Page } from '../api/client';
import { errorText } from '../api/problem';
import { FormModal } from '../components/FormModal';
import { UnitName, UnitSelect } from '../components/RemoteSelect';
import { useUrlParams } from '../components/useUrlParams';
import { DEFAULT_TZ } from '../format';
import { useSession } from '../session';
import type { Programme } from '../audits/types';

export default function AuditProgrammes() {
  const { t } = useTranslation();
  const { can } = useSession();
  const navigate = useNavigate();
  const [params, setParam] = useUrlParams();
  const year = params.get('year') ? Number(params.get('year')) : undefined;
  const unitId = params.get('unit_id') ? Number(params.get('unit_id')) : undefined;
  const archived = params.get('include_archived') === 'true';
  const [creating, setCreating] = useState(false);

  const list = useInfiniteQuery({
    queryKey: ['audit-programmes', 'list', year, unitId, archived],
    queryFn: ({ pageParam }) => api<Page<Programme>>('/audit-programmes', {
      query: { year, unit_id: unitId, include_archived: archived, limit: 50, cursor: pageParam },
    }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (p) => p.next_cursor ?? undefined,
  });
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between', flexWrap: 'wrap' }}>
        <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>{t('audits.programmes.title')}</Typography.Title>
        <Space wrap>
          <Link to="/audits">{t('nav.audits')}</Link>
          {can('manage_audits') && <Button type="primary" onClick={() => setCreating(true)}>{t('audits.programmes.create')}</Button>}
        </Space>
      </Space>
      <Space wrap style={{ margin: '16px 0' }}>
        <InputNumber
          aria-label={t('audits.programmes.filterYear')}
          placeholder={t('audits.programmes.year')}
          min={2000}
          max={2100}
          value={year}
          onChange={(v) => setParam('year', v ?? undefined)}
          style={{ width: 140 }}
        />
        <UnitSelect aria-label={t('audits.programmes.filterUnit')} placeholder={t('audits.programmes.unit')} allowClear
          value={unitId} onChange={(v) => setParam('unit_id', v)} style={{ width: 260, maxWidth: '100%' }} />
        <Checkbox checked={archived} onChange={(e) => setParam('include_archived', e.target.checked ? 'true' : undefined)}>
          {t('audits.programmes.showArchived')}
        </Checkbox>
      </Space>
      {list.error && <Alert type="error" showIcon message={errorText(list.error)} style={{ marginBottom: 12 }} />}
      <Table<Programme>
        rowKey="id"
        size="small"
        data-testid="programmes-table"
        loading={list.isLoading}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 560 }}
        locale={{ emptyText: <Empty description={t('audits.programmes.empty')} /> }}
        onRow={(p) => ({ onClick: () => navigate(`/audit-programmes/${p.id}`), style: { cursor: 'pointer' } })}
        columns={[
          { title: t('audits.programmes.year'), dataIndex: 'year', width: 80 },
          {
            title: t('audits.programmes.titleField'),
            dataIndex: 'title',
            render: (v: string, p) => (
              <>
                <Link to={`/audit-programmes/${p.id}`} onClick={(e) => e.stopPropagation()}>{v}</Link>
                {p.archived_at && <Tag style={{ marginLeft: 8 }}>{t('audits.programmes.archived')}</Tag>}
              </>
            ),
          },
          { title: t('audits.programmes.unit'), dataIndex: 'unit_id', render: (v: number) => <UnitName id={v} /> },
        ]}
      />
      {list.hasNextPage && (
        <Button style={{ marginTop: 12 }} onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage}>{t('common.loadMore')}</Button>
      )}
      {creating && <ProgrammeFormModal onClose={() => setCreating(false)} onSaved={(p) => navigate(`/audit-programmes/${p.id}`)} />}
    </>
  );
}

interface Values { unit_id: number; year: number; title: string; objectives?: string }

function ProgrammeFormModal({ onClose, onSaved }: { onClose: () => void; onSaved: (p: Programme) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const send = async (v: Values) => {
    const p = await api<Programme>('/audit-programmes', { method: 'POST', json: { ...v, objectives: v.objectives ?? '' } });
    message.success(t('audits.programmes.created', { title: p.title }));
    await qc.invalidateQueries({ queryKey: ['audit-programmes'] });
    onSaved(p);
  };
  return (
    <FormModal
      title={t('audits.programmes.create')}
      fields={['unit_id', 'year', 'title', 'objectives']}
      send={send}
      onClose={onClose}
      initialValues={{ year: Number(dayjs().tz(DEFAULT_TZ).format('YYYY')) }}
    >
      <Form.Item name="title" label={t('audits.programmes.titleField')} rules={[{ required: true, whitespace: true }]}>
        <Input maxLength={300} />
      </Form.Item>
      <Form.Item name="unit_id" label={t('audits.programmes.unit')} rules={[{ required: true }]}>
        <UnitSelect />
      </Form.Item>
      <Form.Item name="year" label={t('audits.programmes.year')} extra={t('audits.programmes.yearHelp')} rules={[{ required: true }]}>
        <InputNumber min={2000} max={2100} />
      </Form.Item>
      <Form.Item name="objectives" label={t('audits.programmes.objectives')}>
        <Input.TextArea rows={3} maxLength={10000} />
      </Form.Item>
    </FormModal>
  );
}
