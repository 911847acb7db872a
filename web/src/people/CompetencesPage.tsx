import { useState } from 'react';
import { Alert, Button, Empty, Form, Input, Select, Space, Table, Tabs, Tag, Typography } from 'antd';
import { useInfiniteQuery, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api, buildUrl } from '../api/client';
import { errorText } from '../api/problem';
import { FormModal } from '../components/FormModal';
import { UnitSelect } from '../components/RemoteSelect';
import { useUrlParams } from '../components/useUrlParams';
import { useSession } from '../session';
import type { Competence, CompetenceMatrix, MatrixCell } from './types';
import { AwarenessTable } from './AwarenessTotals';

const CATEGORIES = ['teaching', 'awareness', 'auditing', 'management', 'care', 'other'];

function CellTag({ cell }: { cell?: MatrixCell }) {
  const { t } = useTranslation();
  if (!cell || (!cell.required && !cell.held)) return null;
  if (!cell.held) return <Tag color="red">{t('people.matrix.missing')}</Tag>;
  const text = cell.expires_on ? t('people.matrix.heldUntil', { date: cell.expires_on }) : t('people.matrix.held');
  return <Tag color={cell.expiring ? 'orange' : 'green'}>{text}</Tag>;
}

function Matrix({ unitId }: { unitId: number }) {
  const { t, i18n } = useTranslation();
  const en = i18n.language === 'en';
  const matrix = useInfiniteQuery({
    queryKey: ['competences', 'matrix', unitId],
    queryFn: ({ pageParam }) =>
      api<CompetenceMatrix>('/competences/matrix', { query: { unit_id: unitId, limit: 50, cursor: pageParam } }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (p) => p.next_cursor ?? undefined,
  });
  const first = matrix.data?.pages[0];
  const people = matrix.data?.pages.flatMap((p) => p.people) ?? [];
  const competences = first?.competences ?? [];
  if (matrix.error) return <Alert type="error" showIcon message={errorText(matrix.error)} />;
  return (
    <>
      <Space style={{ margin: '12px 0' }} wrap>
        <Typography.Text>{t('people.matrix.people')}: {first?.people_count ?? '…'}</Typography.Text>
        <Button href={buildUrl('/competences/matrix.xlsx', { unit_id: unitId, lang: en ? 'en' : 'vi' })} download>
          {t('people.matrix.download')}
        </Button>
      </Space>
      <Table
        rowKey="code" size="small" data-testid="matrix-summary" loading={matrix.isLoading} dataSource={competences}
        pagination={false} scroll={{ x: 600 }} locale={{ emptyText: <Empty description={t('people.matrix.empty')} /> }}
        columns={[
          { title: t('people.matrix.competence'), key: 'name', render: (_: unknown, c) => (en ? c.name_en : c.name_vi) },
          { title: t('people.matrix.required'), dataIndex: 'required' },
          { title: t('people.matrix.held'), dataIndex: 'held' },
          { title: t('people.matrix.gaps'), dataIndex: 'gaps', render: (v: number) => (v ? <Tag color="red">{v}</Tag> : v) },
          { title: t('people.matrix.expiring'), dataIndex: 'expiring' },
        ]}
      />
      {first?.awareness && <AwarenessTable awareness={first.awareness} />}
      <Table
        rowKey="user_id" size="small" data-testid="matrix-people" style={{ marginTop: 16 }} dataSource={people}
        pagination={false} scroll={{ x: 900 }}
        columns={[
          { title: t('people.matrix.person'), dataIndex: 'full_name', fixed: 'left',
            render: (v: string, p) => <Link to={`/people/${p.user_id}`}>{v}</Link> },
          { title: t('people.matrix.unit'), dataIndex: 'unit_name', responsive: ['md'] },
          { title: t('people.matrix.awareness'), dataIndex: 'awareness',
            render: (v: string) => <Tag>{t(`people.matrix.awarenessStates.${v}`)}</Tag> },
          ...competences.map((c) => ({
            title: en ? c.name_en : c.name_vi, key: c.code,
            render: (_: unknown, p: CompetenceMatrix['people'][number]) => <CellTag cell={p.cells.find((x) => x.code === c.code)} />,
          })),
        ]}
      />
      {matrix.hasNextPage && (
        <Button style={{ marginTop: 12 }} onClick={() => void matrix.fetchNextPage()} loading={matrix.isFetchingNextPage}>
          {t('people.matrix.more')}
        </Button>
      )}
    </>
  );
}

function AddCompetence({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <FormModal<Record<string, unknown>>
      title={t('people.catalogue.add')} fields={['unit_id', 'code', 'category', 'name_vi', 'name_en']} onClose={onClose}
      send={async (v) => {
        await api('/competences', { method: 'POST', json: v });
        onClose();
      }}
    >
      <Form.Item name="unit_id" label={t('people.matrix.unit')} rules={[{ required: true }]}><UnitSelect /></Form.Item>
      <Form.Item name="code" label={t('people.catalogue.code')} rules={[{ required: true, max: 60 }]}><Input /></Form.Item>
      <Form.Item name="category" label={t('people.catalogue.category')}>
        <Select options={CATEGORIES.map((c) => ({ value: c, label: t(`people.catalogue.categories.${c}`) }))} />
      </Form.Item>
      <Form.Item name="name_vi" label={t('people.catalogue.nameVi')} rules={[{ required: true, max: 300 }]}><Input /></Form.Item>
      <Form.Item name="name_en" label={t('people.catalogue.nameEn')} rules={[{ required: true, max: 300 }]}><Input /></Form.Item>
    </FormModal>
  );
}

function Catalogue() {
  const { t, i18n } = useTranslation();
  const { can } = useSession();
  const qc = useQueryClient();
  const [adding, setAdding] = useState(false);
  const list = useQuery({ queryKey: ['competences', 'catalogue'], queryFn: () => api<{ items: Competence[] }>('/competences') });
  return (
    <>
      {can('manage_competences') && (
        <Button style={{ margin: '12px 0' }} onClick={() => setAdding(true)}>{t('people.catalogue.add')}</Button>
      )}
      <Table
        rowKey="code" size="small" data-testid="competence-catalogue" loading={list.isLoading}
        dataSource={list.data?.items ?? []} pagination={false} scroll={{ x: 600 }}
        columns={[
          { title: t('people.catalogue.name'), key: 'name', render: (_: unknown, c) => (i18n.language === 'en' ? c.name_en : c.name_vi) },
          { title: t('people.catalogue.category'), dataIndex: 'category', render: (v: string) => t(`people.catalogue.categories.${v}`) },
          { title: t('people.catalogue.clauses'), dataIndex: 'clauses', render: (v: string[]) => v.join(', '), responsive: ['md'] },
          { title: t('people.catalogue.code'), dataIndex: 'code', responsive: ['lg'] },
          { title: '', dataIndex: 'shipped',
            render: (v: boolean) => <Tag>{v ? t('people.catalogue.shipped') : t('people.catalogue.own')}</Tag> },
        ]}
      />
      {adding && <AddCompetence onClose={() => { setAdding(false); void qc.invalidateQueries({ queryKey: ['competences'] }); }} />}
    </>
  );
}

export default function CompetencesPage() {
  const { t } = useTranslation();
  const [params, setParam] = useUrlParams();
  const unitId = params.get('unit_id') ? Number(params.get('unit_id')) : undefined;
  return (
    <>
      <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>{t('people.matrix.title')}</Typography.Title>
      <Tabs
        items={[
          {
            key: 'matrix', label: t('people.matrix.title'),
            children: (
              <>
                <UnitSelect aria-label={t('people.matrix.unit')} placeholder={t('people.matrix.pickUnit')} value={unitId}
                  onChange={(v) => setParam('unit_id', v)} style={{ width: 360, maxWidth: '100%' }} />
                {unitId ? <Matrix unitId={unitId} /> : null}
              </>
            ),
          },
          { key: 'catalogue', label: t('people.catalogue.title'), children: <Catalogue /> },
        ]}
      />
    </>
  );
}
