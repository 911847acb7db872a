import { useState } from 'react';
import { Alert, App, Button, Card, Col, Descriptions, Form, Input, Popconfirm, Row, Space, Spin, Tag, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { errorText } from '../api/problem';
import type { Unit } from '../api/types';
import { FormModal } from '../components/FormModal';
import { UnitName, UserName } from '../components/RemoteSelect';
import { useSession } from '../session';
import { ImprovementFormModal } from '../improvement/ImprovementFormModal';
import { LinkedActions } from '../improvement/LinkedActions';
import { ImprovementStatusTag } from '../improvement/labels';
import type { Improvement, ImprovementAction } from '../improvement/types';
import { improvementActionsFor } from '../improvement/workflow';
import { SurveySource } from '../surveys/SurveySource';

export default function ImprovementPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { user, can } = useSession();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const id = Number(useParams().id);
  const [stepping, setStepping] = useState<ImprovementAction | null>(null);
  const [editing, setEditing] = useState(false);

  const query = useQuery({ queryKey: ['improvements', 'one', id], queryFn: () => api<Improvement>(`/improvements/${id}`) });
  const i = query.data;
  const unit = useQuery({
    queryKey: ['unit', i?.unit_id],
    queryFn: () => api<Unit>(`/units/${i!.unit_id}`),
    enabled: !!i,
    staleTime: 60_000,
    retry: false,
  });

  if (query.isLoading) return <Spin aria-label={t('common.loading')} />;
  if (!i) return <Alert type="error" showIcon message={errorText(query.error)} />;

  const path = unit.data?.path;
  const manager = !!path && can('manage_improvement', path);
  const owner = !!user && i.owner_id === user.id;
  const steps = improvementActionsFor(i, { manager, owner });
  const refresh = () => Promise.all([
    qc.invalidateQueries({ queryKey: ['improvements'] }),
    qc.invalidateQueries({ queryKey: ['audits'] }),
  ]);
  const archive = async () => {
    try {
      await api(`/improvements/${i.id}`, { method: 'DELETE' });
      message.success(t('improvement.improvements.archived'));
      await refresh();
      navigate('/improvements');
    } catch (e) {
      message.error(errorText(e));
    }
  };
  const open = !i.archived_at && !i.closed_at;

  return (
    <>
      <Link to="/improvements">← {t('improvement.improvements.back')}</Link>
      <Typography.Title level={1} style={{ fontSize: 22, margin: '8px 0 16px' }}>
        #{i.id} {i.title} <ImprovementStatusTag status={i.status} /> {i.archived_at && <Tag>{t('improvement.improvements.archived')}</Tag>}
      </Typography.Title>
      {steps.length > 0 && (
        <Space wrap style={{ marginBottom: 16 }}>
          {steps.map((s) => (
            <Button key={s} type={s === 'reject' ? 'default' : 'primary'} danger={s === 'reject'} onClick={() => setStepping(s)}>
              {t(`improvement.improvements.workflow.${s}`)}
            </Button>
          ))}
        </Space>
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={10}>
          <Card
            size="small"
            title={t('improvement.improvements.detail')}
            extra={manager && open && (
              <Space wrap size="small">
                <Button size="small" onClick={() => setEditing(true)}>{t('improvement.improvements.edit')}</Button>
                {i.status !== 'accepted' && (
                  <Popconfirm title={t('improvement.improvements.archiveConfirm')} onConfirm={() => void archive()} okText={t('common.confirm')} cancelText={t('common.cancel')}>
                    <Button size="small" danger>{t('improvement.improvements.archive')}</Button>
                  </Popconfirm>
                )}
              </Space>
            )}
          >
            <Descriptions column={1} size="small" bordered data-testid="improvement-detail">
              <Descriptions.Item label={t('improvement.improvements.unit')}><UnitName id={i.unit_id} /></Descriptions.Item>
              <Descriptions.Item label={t('improvement.improvements.source')}>
                {t(`improvement.nc.sources.${i.source}`)}
                {i.source === 'satisfaction_survey' && <SurveySource description={i.description} />}
              </Descriptions.Item>
              <Descriptions.Item label={t('improvement.improvements.owner')}><UserName id={i.owner_id} /></Descriptions.Item>
              <Descriptions.Item label={t('improvement.improvements.description')}>
                <span style={{ whiteSpace: 'pre-wrap' }}>{i.description || '—'}</span>
              </Descriptions.Item>
              <Descriptions.Item label={t('improvement.improvements.expectedBenefit')}>
                <span style={{ whiteSpace: 'pre-wrap' }}>{i.expected_benefit || '—'}</span>
              </Descriptions.Item>
              {i.decision_comment && (
                <Descriptions.Item label={t('improvement.improvements.decision')}>{i.decision_comment}</Descriptions.Item>
              )}
              <Descriptions.Item label={t('improvement.improvements.outcome')}>
                <span style={{ whiteSpace: 'pre-wrap' }}>{i.outcome ?? '—'}</span>
              </Descriptions.Item>
            </Descriptions>
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          <Card size="small">
            <LinkedActions
              of={`/improvements/${i.id}`}
              title={t('improvement.actions.titleImprovement')}
              help={t('improvement.actions.addHelpImprovement')}
              mayAdd={manager && !i.archived_at && i.status === 'accepted'}
              unitPath={path}
              onChanged={() => void refresh()}
            />
          </Card>
        </Col>
      </Row>
      {stepping && (
        <ImprovementStepModal improvement={i} action={stepping} onClose={() => setStepping(null)} onDone={() => { setStepping(null); void refresh(); }} />
      )}
      {editing && <ImprovementFormModal improvement={i} onClose={() => setEditing(false)} onSaved={() => setEditing(false)} />}
    </>
  );
}

function ImprovementStepModal({
  improvement: i, action, onClose, onDone,
}: { improvement: Improvement; action: ImprovementAction; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const label = t(`improvement.improvements.workflow.${action}`);
  const send = async (v: { comment?: string; outcome?: string }) => {
    const body: Record<string, unknown> = { version: i.version, action };
    if (v.comment?.trim()) body.comment = v.comment;
    if (action === 'complete') body.outcome = v.outcome ?? '';
    await api<Improvement>(`/improvements/${i.id}/transitions`, { method: 'POST', json: body });
    message.success(t('improvement.improvements.recorded', { action: label }));
    onDone();
  };
  return (
    <FormModal title={`${label}: #${i.id} ${i.title}`} fields={action === 'complete' ? ['outcome', 'comment'] : ['comment']} send={send} onClose={onClose} onStale={onDone} okText={label}>
      {action === 'complete' && (
        <Form.Item name="outcome" label={t('improvement.improvements.outcome')}
          rules={[{ required: true, whitespace: true, message: t('improvement.improvements.outcomeRequired') }]}>
          <Input.TextArea rows={3} maxLength={5000} />
        </Form.Item>
      )}
      <Form.Item name="comment" label={t('improvement.improvements.comment')}
        rules={[{ required: action === 'reject', whitespace: true, message: t('improvement.improvements.commentRequired') }]}>
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
    </FormModal>
  );
}
