import { useState } from 'react';
import { App, Button, Descriptions, Form, Input, List, Modal, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { Action } from '../../api/types';
import { FormModal } from '../../components/FormModal';
import { UnitName, UserName, UserSelect } from '../../components/RemoteSelect';
import { formatDate } from '../../format';
import { useSession } from '../../session';
import { bandLabel, bandOf } from './heatmap';
import { RiskFormModal } from './RiskFormModal';
import type { Rating, Risk, RiskDetail as Detail, RiskMatrix } from './types';

/** A rating with its band's label, in the band's colour. */
export function LevelTag({ matrix, rating }: { matrix: RiskMatrix; rating: Rating | null }) {
  const { i18n } = useTranslation();
  if (!rating) return <>—</>;
  const band = bandOf(matrix, rating.score);
  return (
    <Tag style={{ background: band?.colour, color: '#1f1f1f', borderColor: 'transparent' }}>
      {bandLabel(matrix, rating.level, i18n.language)} ({rating.likelihood} × {rating.impact})
    </Tag>
  );
}

/** One entry: its ratings' history, treatment actions and nonconformities, and what its keeper may do to it. */
export function RiskDetail({ id, matrix, onClose, onChanged }: {
  id: number; matrix: RiskMatrix; onClose: () => void; onChanged: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { can } = useSession();
  const [editing, setEditing] = useState(false);
  const [adding, setAdding] = useState(false);
  const q = useQuery({ queryKey: ['risks', 'one', id], queryFn: () => api<Detail>(`/risks/${id}`) });
  const r = q.data;
  const changed = () => { void q.refetch(); onChanged(); };
  const manage = can('manage_planning') && r && !r.archived_at;

  const review = async (risk: Risk) => {
    const next = new Date(Date.now() + 180 * 86400_000).toISOString().slice(0, 10);
    await api(`/risks/${risk.id}/reviews`, { method: 'POST', json: { version: risk.version, next_review_date: next } });
    message.success(t('risks.reviewed'));
    changed();
  };
  const archive = async (risk: Risk) => {
    await api(`/risks/${risk.id}`, { method: 'DELETE' });
    message.success(t('risks.archived'));
    changed();
  };

  return (
    <Modal open width={820} title={r?.title ?? t('common.loading')} onCancel={onClose} footer={null}>
      {r && (
        <div data-testid="risk-detail">
          <Descriptions size="small" column={{ xs: 1, md: 2 }} bordered>
            <Descriptions.Item label={t('risks.kind')}>{t(`risks.kinds.${r.kind}`)}</Descriptions.Item>
            <Descriptions.Item label={t('risks.unit')}><UnitName id={r.unit_id} /></Descriptions.Item>
            <Descriptions.Item label={t('risks.source')}>{t(`risks.sources.${r.source_kind}`)}</Descriptions.Item>
            <Descriptions.Item label={t('risks.process')}>
              {r.process_id ? <Link to={`/processes/${r.process_id}`}>#{r.process_id}</Link> : '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('risks.cause')}>{r.cause || '—'}</Descriptions.Item>
            <Descriptions.Item label={t('risks.consequence')}>{r.consequence || '—'}</Descriptions.Item>
            <Descriptions.Item label={t('risks.inherent')}><LevelTag matrix={matrix} rating={r.inherent} /></Descriptions.Item>
            <Descriptions.Item label={t('risks.residual')}><LevelTag matrix={matrix} rating={r.residual} /></Descriptions.Item>
            <Descriptions.Item label={t('risks.treatment')}>{r.treatment ? t(`risks.treatments.${r.treatment}`) : '—'}</Descriptions.Item>
            <Descriptions.Item label={t('risks.owner')}><UserName id={r.owner_id} /></Descriptions.Item>
            <Descriptions.Item label={t('risks.treatmentPlan')} span={2}>{r.treatment_plan || '—'}</Descriptions.Item>
            <Descriptions.Item label={t('risks.nextReview')}>
              {r.next_review_date ? formatDate(r.next_review_date) : '—'}
              {r.review_overdue && <Tag color="red" style={{ marginLeft: 8 }}>{t('risks.reviewOverdue')}</Tag>}
            </Descriptions.Item>
            <Descriptions.Item label={t('risks.lastReviewed')}>{r.last_reviewed_on ? formatDate(r.last_reviewed_on) : '—'}</Descriptions.Item>
          </Descriptions>
          {manage && (
            <Space wrap style={{ margin: '12px 0' }}>
              <Button onClick={() => setEditing(true)}>{t('common.edit')}</Button>
              <Button onClick={() => setAdding(true)}>{t('risks.addAction')}</Button>
              <Button onClick={() => void review(r)}>{t('risks.review')}</Button>
              <Popconfirm title={t('risks.archiveConfirm')} onConfirm={() => void archive(r)}>
                <Button danger>{t('risks.archive')}</Button>
              </Popconfirm>
            </Space>
          )}
          <Typography.Title level={2} style={{ fontSize: 16, marginTop: 16 }}>{t('risks.actions')}</Typography.Title>
          <List<Action>
            size="small"
            data-testid="risk-actions"
            dataSource={r.actions}
            locale={{ emptyText: t('risks.noActions') }}
            renderItem={(a) => (
              <List.Item>
                {a.title} — <UserName id={a.owner_id} /> {a.due_date ? `(${formatDate(a.due_date)})` : ''} <Tag>{t(`status.${a.status}`)}</Tag>
              </List.Item>
            )}
          />
          <Typography.Title level={2} style={{ fontSize: 16, marginTop: 16 }}>{t('risks.ratings')}</Typography.Title>
          <Table
            size="small"
            rowKey={(e) => `${e.stage}-${e.rated_at}`}
            pagination={false}
            dataSource={r.ratings}
            columns={[
              { title: t('risks.ratedAt'), dataIndex: 'rated_at', render: (v: string) => formatDate(v.slice(0, 10)) },
              { title: t('risks.stage.inherent'), dataIndex: 'stage', render: (v: 'inherent' | 'residual') => t(`risks.stage.${v}`) },
              { title: t('risks.likelihood'), dataIndex: 'likelihood' },
              { title: t('risks.impact'), dataIndex: 'impact' },
              { title: t('risks.score'), dataIndex: 'score' },
            ]}
          />
          {r.nonconformity_ids.length > 0 && (
            <>
              <Typography.Title level={2} style={{ fontSize: 16, marginTop: 16 }}>{t('risks.nonconformities')}</Typography.Title>
              <Space wrap>{r.nonconformity_ids.map((nc) => <Link key={nc} to={`/nonconformities/${nc}`}>#{nc}</Link>)}</Space>
            </>
          )}
        </div>
      )}
      {editing && r && (
        <RiskFormModal risk={r} matrix={matrix} onClose={() => setEditing(false)} onSaved={() => { setEditing(false); changed(); }} />
      )}
      {adding && r && <AddActionModal risk={r} onClose={() => setAdding(false)} onSaved={() => { setAdding(false); changed(); }} />}
    </Modal>
  );
}

function AddActionModal({ risk, onClose, onSaved }: { risk: Risk; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const send = async (v: { title: string; owner_id?: number; due_date?: string }) => {
    await api(`/risks/${risk.id}/actions`, { method: 'POST', json: { title: v.title, owner_id: v.owner_id, due_date: v.due_date || undefined } });
    message.success(t('risks.actionAdded'));
    onSaved();
  };
  return (
    <FormModal title={t('risks.addAction')} fields={['title', 'owner_id', 'due_date']} send={send} onClose={onClose}>
      <Form.Item name="title" label={t('risks.actionTitle')} rules={[{ required: true, whitespace: true }]}>
        <Input maxLength={300} />
      </Form.Item>
      <Form.Item name="owner_id" label={t('risks.owner')}>
        <UserSelect can="update_own_actions" unitId={risk.unit_id} />
      </Form.Item>
      <Form.Item name="due_date" label={t('risks.dueDate')}>
        <Input type="date" />
      </Form.Item>
    </FormModal>
  );
}
