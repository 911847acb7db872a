import { useState } from 'react';
import { Alert, Button, DatePicker, Empty, Form, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { useInfiniteQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import dayjs from 'dayjs';
import { api, type Page } from '../api/client';
import { errorText } from '../api/problem';
import { FormModal } from '../components/FormModal';
import { UnitName, UnitSelect, UsersSelect } from '../components/RemoteSelect';
import { useUrlParams } from '../components/useUrlParams';
import { useSession } from '../session';
import { REVIEW_STATUSES, type ManagementReview } from './types';

const FIELDS = ['unit_id', 'title', 'period_from', 'period_to', 'planned_on', 'participant_ids'];
const day = (d: unknown) => (d as dayjs.Dayjs).format('YYYY-MM-DD');

/** The participants, offered among those who may view reviews on the unit chosen above. */
function ParticipantsField() {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const unitId = Form.useWatch('unit_id', form) as number | undefined;
  return (
    <Form.Item name="participant_ids" label={t('review.list.participants')} extra={t('review.list.participantsHelp')}
      rules={[{ required: true }]}>
      <UsersSelect can="view_reviews" unitId={unitId} />
    </Form.Item>
  );
}

function PlanForm({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <FormModal<Record<string, unknown>>
      title={t('review.list.plan')}
      fields={FIELDS}
      onClose={onClose}
      send={async (v) => {
        const made = await api<ManagementReview>('/management-reviews', {
          method: 'POST',
          json: {
            unit_id: v.unit_id, title: v.title, period_from: day(v.period_from), period_to: day(v.period_to),
            planned_on: day(v.planned_on), participant_ids: v.participant_ids ?? [],
          },
        });
        onClose();
        navigate(`/management-reviews/${made.id}`);
      }}
    >
      <Form.Item name="unit_id" label={t('review.list.unit')} rules={[{ required: true }]}>
        <UnitSelect />
      </Form.Item>
      <Form.Item name="title" label={t('review.list.titleField')} rules={[{ required: true, max: 300 }]}>
        <Input maxLength={300} />
      </Form.Item>
      <Space wrap>
        <Form.Item name="period_from" label={t('review.list.periodFrom')} rules={[{ required: true }]}>
          <DatePicker format="DD/MM/YYYY" />
        </Form.Item>
        <Form.Item name="period_to" label={t('review.list.periodTo')} rules={[{ required: true }]}>
          <DatePicker format="DD/MM/YYYY" />
        </Form.Item>
        <Form.Item name="planned_on" label={t('review.list.plannedOn')} rules={[{ required: true }]}>
          <DatePicker format="DD/MM/YYYY" />
        </Form.Item>
      </Space>
      <ParticipantsField />
    </FormModal>
  );
}

export default function ReviewsPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const qc = useQueryClient();
  const [params, setParam] = useUrlParams();
  const within = params.get('within') ? Number(params.get('within')) : undefined;
  const status = params.get('status') ?? undefined;
  const [planning, setPlanning] = useState(false);
  const list = useInfiniteQuery({
    queryKey: ['management-reviews', 'list', within, status],
    queryFn: ({ pageParam }) =>
      api<Page<ManagementReview>>('/management-reviews', { query: { within, status, limit: 100, cursor: pageParam } }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (p) => p.next_cursor ?? undefined,
  });
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between', flexWrap: 'wrap' }}>
        <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>{t('review.list.title')}</Typography.Title>
        {can('manage_reviews') && <Button type="primary" onClick={() => setPlanning(true)}>{t('review.list.plan')}</Button>}
      </Space>
      <Space wrap style={{ margin: '16px 0' }}>
        <UnitSelect aria-label={t('review.list.filterUnit')} placeholder={t('review.list.unit')} allowClear
          value={within} onChange={(v) => setParam('within', v)} style={{ width: 260, maxWidth: '100%' }} />
        <Select aria-label={t('review.list.filterStatus')} placeholder={t('review.list.status')} allowClear
          value={status} onChange={(v) => setParam('status', v)} style={{ width: 200 }}
          options={REVIEW_STATUSES.map((s) => ({ value: s, label: t(`review.statuses.${s}`) }))} />
      </Space>
      {list.error && <Alert type="error" showIcon message={errorText(list.error)} style={{ marginBottom: 12 }} />}
      <Table<ManagementReview>
        rowKey="id" size="small" data-testid="reviews-table" loading={list.isLoading} dataSource={rows} pagination={false}
        scroll={{ x: 640 }} locale={{ emptyText: <Empty description={t('review.list.empty')} /> }}
        columns={[
          { title: t('review.list.titleField'), dataIndex: 'title',
            render: (v: string, r) => <Link to={`/management-reviews/${r.id}`}>{v}</Link> },
          { title: t('review.list.unit'), dataIndex: 'unit_id', render: (v: number) => <UnitName id={v} />, responsive: ['md'] },
          { title: t('review.meeting.period'), key: 'period',
            render: (_: unknown, r) => `${dayjs(r.period_from).format('DD/MM/YYYY')} – ${dayjs(r.period_to).format('DD/MM/YYYY')}` },
          { title: t('review.list.plannedOn'), dataIndex: 'planned_on', render: (v: string) => dayjs(v).format('DD/MM/YYYY') },
          { title: t('review.list.status'), dataIndex: 'status', render: (v: string) => <Tag>{t(`review.statuses.${v}`)}</Tag> },
        ]}
      />
      {list.hasNextPage && (
        <Button style={{ marginTop: 12 }} onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage}>{t('common.loadMore')}</Button>
      )}
      {planning && <PlanForm onClose={() => { setPlanning(false); void qc.invalidateQueries({ queryKey: ['management-reviews'] }); }} />}
    </>
  );
}
