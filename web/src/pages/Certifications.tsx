import { useState } from 'react';
import { Alert, Button, Empty, Form, Input, Space, Table, Typography } from 'antd';
import { useInfiniteQuery } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { api, type Page } from '../api/client';
import { errorText } from '../api/problem';
import { FormModal } from '../components/FormModal';
import { UnitName, UnitSelect, UnitsSelect } from '../components/RemoteSelect';
import { StandardsSelect } from '../certification/StandardsSelect';
import { CertificationBodyFields } from '../certification/ProjectDialogs';
import type { CertificationProject } from '../certification/types';
import { useSession } from '../session';

interface Values {
  title: string; unit_id: number; body_name: string; accreditation_body?: string; accreditation_number?: string;
  standard_ids: number[]; site_ids?: number[];
}
const FIELDS = ['title', 'unit_id', 'body_name', 'accreditation_body', 'accreditation_number', 'standard_ids', 'site_ids'] as const;

function CreateProjectModal({ onClose, onSaved }: { onClose: () => void; onSaved: (p: CertificationProject) => void }) {
  const { t } = useTranslation();
  const P = (k: string) => t(`certification.projects.${k}`);
  const send = async (v: Values) => {
    onSaved(await api<CertificationProject>('/certifications', {
      method: 'POST',
      json: { ...v, title: v.title.trim(), body_name: v.body_name.trim(), site_ids: v.site_ids?.length ? v.site_ids : [v.unit_id] },
    }));
  };
  return (
    <FormModal<Values> title={P('create')} fields={FIELDS} send={send} onClose={onClose}>
      <Form.Item name="title" label={P('name')} rules={[{ required: true, whitespace: true, message: P('nameRequired') }]}>
        <Input maxLength={300} />
      </Form.Item>
      <Form.Item name="unit_id" label={P('unit')} rules={[{ required: true, message: P('unitRequired') }]}>
        <UnitSelect />
      </Form.Item>
      <Form.Item name="site_ids" label={P('sites')} extra={P('sitesHelp')}>
        <UnitsSelect />
      </Form.Item>
      <Form.Item name="standard_ids" label={P('standards')} rules={[{ required: true, message: P('standardsRequired') }]}>
        <StandardsSelect />
      </Form.Item>
      <CertificationBodyFields />
    </FormModal>
  );
}

/** The certification projects the user may see: standards, unit, current step; create. */
export default function Certifications() {
  const { t } = useTranslation();
  const { can } = useSession();
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const P = (k: string) => t(`certification.projects.${k}`);
  const list = useInfiniteQuery({
    queryKey: ['certifications', 'list'],
    queryFn: ({ pageParam }) => api<Page<CertificationProject>>('/certifications', { query: { limit: 50, cursor: pageParam } }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (p) => p.next_cursor ?? undefined,
  });
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between', flexWrap: 'wrap', marginBottom: 16 }}>
        <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>{P('title')}</Typography.Title>
        {can('manage_certification') && <Button type="primary" onClick={() => setCreating(true)}>{P('create')}</Button>}
      </Space>
      {list.error && <Alert type="error" showIcon message={errorText(list.error)} style={{ marginBottom: 12 }} />}
      <Table<CertificationProject>
        rowKey="id"
        size="small"
        data-testid="certifications-table"
        loading={list.isLoading}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 700 }}
        locale={{ emptyText: <Empty description={P('empty')} /> }}
        onRow={(p) => ({ onClick: () => navigate(`/certifications/${p.id}`), style: { cursor: 'pointer' } })}
        columns={[
          { title: P('name'), dataIndex: 'title', render: (v: string, p) => <Link to={`/certifications/${p.id}`} onClick={(e) => e.stopPropagation()}>{v}</Link> },
          { title: P('unit'), dataIndex: 'unit_id', render: (v: number) => <UnitName id={v} />, responsive: ['md'] },
          { title: P('standards'), key: 'standards', render: (_: unknown, p) => p.standards.map((s) => s.label).join(', '), responsive: ['sm'] },
          { title: P('step'), dataIndex: 'step', render: (v: string) => P(`stepNames.${v}`) },
          { title: P('cycle'), dataIndex: 'cycle', responsive: ['md'] },
        ]}
      />
      {list.hasNextPage && (
        <Button style={{ marginTop: 12 }} onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage}>{t('common.loadMore')}</Button>
      )}
      {creating && <CreateProjectModal onClose={() => setCreating(false)} onSaved={(p) => navigate(`/certifications/${p.id}`)} />}
    </>
  );
}
