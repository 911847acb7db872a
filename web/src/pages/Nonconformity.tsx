import { useState } from 'react';
import { Alert, App, Button, Card, Col, Descriptions, Popconfirm, Row, Space, Spin, Steps, Table, Tag, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { errorText } from '../api/problem';
import type { Unit } from '../api/types';
import { UnitName, UserName } from '../components/RemoteSelect';
import { RaisedFrom } from '../complaints/RaisedFrom';
import { ClauseTags } from '../documents/Clauses';
import { formatDate, formatDateTime } from '../format';
import { useSession } from '../session';
import { LinkedActions } from '../improvement/LinkedActions';
import { NcStepModal } from '../improvement/NcStepModal';
import { NonconformityFormModal } from '../improvement/NonconformityFormModal';
import { NcMarks, NcStatusTag, SeverityTag } from '../improvement/labels';
import type { Nonconformity, NcAction, NcStepRecord, RootCause } from '../improvement/types';
import { NC_PATH, mayAddActions, mayArchive, ncActionsFor, stepsByCycle } from '../improvement/workflow';

export default function NonconformityPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { user, can, timeZone } = useSession();
  const qc = useQueryClient();
  const navigate = useNavigate();
  const id = Number(useParams().id);
  const [stepping, setStepping] = useState<NcAction | null>(null);
  const [editing, setEditing] = useState(false);

  const key = ['nonconformities', 'one', id];
  const query = useQuery({ queryKey: key, queryFn: () => api<Nonconformity>(`/nonconformities/${id}`) });
  const nc = query.data;
  const unit = useQuery({
    queryKey: ['unit', nc?.unit_id],
    queryFn: () => api<Unit>(`/units/${nc!.unit_id}`),
    enabled: !!nc,
    staleTime: 60_000,
  });

  if (query.isLoading) return <Spin aria-label={t('common.loading')} />;
  if (!nc) return <Alert type="error" showIcon message={errorText(query.error)} />;

  const path = unit.data?.path;
  const manager = !!path && can('manage_improvement', path);
  const verifier = !!user && nc.verifier_id === user.id && !!path && can('view_improvement', path);
  const steps = ncActionsFor(nc, { manager, verifier });
  const refresh = () => Promise.all([
    qc.invalidateQueries({ queryKey: ['nonconformities'] }),
    qc.invalidateQueries({ queryKey: ['audits'] }),
  ]);
  const archive = async () => {
    try {
      await api(`/nonconformities/${nc.id}`, { method: 'DELETE' });
      message.success(t('improvement.nc.archived'));
      await refresh();
      navigate('/nonconformities');
    } catch (e) {
      message.error(errorText(e));
    }
  };
  const current = NC_PATH.indexOf(nc.status);

  return (
    <>
      <Link to="/nonconformities">← {t('improvement.nc.back')}</Link>
      <Typography.Title level={1} style={{ fontSize: 22, margin: '8px 0 16px' }}>
        #{nc.id} {nc.title} <NcStatusTag status={nc.status} /> <NcMarks overdue={nc.overdue} repeat={nc.repeat} escalated={!!nc.escalation} />
        {nc.archived_at && <Tag>{t('improvement.nc.archived')}</Tag>}
      </Typography.Title>
      <Card size="small" title={`${t('improvement.nc.progress')} · ${t('improvement.nc.cycleN', { n: nc.cycle })}`} style={{ marginBottom: 16 }}>
        <Steps
          size="small"
          current={current}
          status={nc.status === 'closed' ? 'finish' : 'process'}
          responsive
          // Titles under the icons wrap between words; beside them, seven did not fit 1366 px and were cut mid-word.
          labelPlacement="vertical"
          items={NC_PATH.map((s) => ({ title: t(`improvement.nc.statuses.${s}`) }))}
        />
        {steps.length > 0 && (
          <Space wrap style={{ marginTop: 16 }} data-testid="nc-steps">
            {steps.map((s) => (
              <Button key={s} type={s === 'verify_ineffective' ? 'default' : 'primary'} danger={s === 'verify_ineffective'} onClick={() => setStepping(s)}>
                {t(`improvement.nc.workflow.${s}`)}
              </Button>
            ))}
          </Space>
        )}
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={10}>
          <Card
            size="small"
            title={t('improvement.nc.detail')}
            extra={manager && !nc.archived_at && nc.status !== 'closed' && (
              <Space wrap size="small">
                <Button size="small" onClick={() => setEditing(true)}>{t('improvement.nc.edit')}</Button>
                {mayArchive(nc, manager) && (
                  <Popconfirm title={t('improvement.nc.archiveConfirm')} onConfirm={() => void archive()} okText={t('common.confirm')} cancelText={t('common.cancel')}>
                    <Button size="small" danger>{t('improvement.nc.archive')}</Button>
                  </Popconfirm>
                )}
              </Space>
            )}
          >
            <Descriptions column={1} size="small" bordered data-testid="nc-detail">
              <Descriptions.Item label={t('improvement.nc.unit')}><UnitName id={nc.unit_id} /></Descriptions.Item>
              <Descriptions.Item label={t('improvement.nc.severity')}><SeverityTag severity={nc.severity} /></Descriptions.Item>
              <Descriptions.Item label={t('improvement.nc.source')}>
                {t(`improvement.nc.sources.${nc.source}`)}
                {(nc.source === 'complaint' || nc.source === 'appeal') && <RaisedFrom nonconformityId={nc.id} />}
              </Descriptions.Item>
              <Descriptions.Item label={t('improvement.nc.clauses')}><ClauseTags ids={nc.clauses.map((c) => c.id)} /></Descriptions.Item>
              <Descriptions.Item label={t('improvement.nc.detectedOn')}>{formatDate(nc.detected_on)}</Descriptions.Item>
              <Descriptions.Item label={t('improvement.nc.dueDate')}>{formatDate(nc.due_date)}</Descriptions.Item>
              {nc.escalation && (
                <Descriptions.Item label={t('improvement.nc.escalated')}>
                  <span data-testid="nc-escalation">
                    {nc.escalation.head_user_id ? (
                      <>{t('improvement.nc.escalatedTo')} <UserName id={nc.escalation.head_user_id} /> (<UnitName id={nc.escalation.unit_id} />)</>
                    ) : t('improvement.nc.escalatedToNobody')}
                    {' · '}{formatDateTime(nc.escalation.escalated_at, timeZone)}
                  </span>
                </Descriptions.Item>
              )}
              {nc.repeat_of && (
                <Descriptions.Item label={t('improvement.nc.repeatOf')}>
                  <Link to={`/nonconformities/${nc.repeat_of}`}>#{nc.repeat_of}</Link>
                </Descriptions.Item>
              )}
              {nc.audit_id && (
                <Descriptions.Item label={t('improvement.nc.fromAudit')}>
                  <Link to={`/audits/${nc.audit_id}`} data-testid="nc-audit">#{nc.audit_id}</Link>
                </Descriptions.Item>
              )}
              <Descriptions.Item label={t('improvement.nc.raisedBy')}><UserName id={nc.reported_by} /></Descriptions.Item>
              <Descriptions.Item label={t('improvement.nc.description')}>
                <span style={{ whiteSpace: 'pre-wrap' }}>{nc.description || '—'}</span>
              </Descriptions.Item>
            </Descriptions>
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          <Card size="small" title={t('improvement.nc.plan')}>
            <Descriptions column={1} size="small" bordered data-testid="nc-analysis">
              <Descriptions.Item label={t('improvement.nc.correction')}>
                <span style={{ whiteSpace: 'pre-wrap' }}>{nc.correction ?? '—'}</span>
              </Descriptions.Item>
              <Descriptions.Item label={t('improvement.nc.rootCause')}><RootCauseView rootCause={nc.root_cause} /></Descriptions.Item>
              <Descriptions.Item label={t('improvement.nc.criterion')}>{nc.effectiveness_criterion ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('improvement.nc.verificationDue')}>{formatDate(nc.verification_due)}</Descriptions.Item>
              <Descriptions.Item label={t('improvement.nc.verifier')}><UserName id={nc.verifier_id} /></Descriptions.Item>
            </Descriptions>
            <div style={{ marginTop: 16 }}>
              <LinkedActions
                of={`/nonconformities/${nc.id}`}
                title={t('improvement.actions.title')}
                help={t('improvement.actions.addHelpNc')}
                mayAdd={mayAddActions(nc, manager)}
                unitPath={path}
                onChanged={() => void refresh()}
              />
            </div>
          </Card>
        </Col>
        <Col xs={24}>
          <Card size="small" title={t('improvement.nc.history')}>
            <History steps={nc.steps ?? []} timeZone={timeZone} />
          </Card>
        </Col>
      </Row>
      {stepping && (
        <NcStepModal nc={nc} action={stepping} onClose={() => setStepping(null)} onDone={() => { setStepping(null); void refresh(); }} />
      )}
      {editing && <NonconformityFormModal nc={nc} onClose={() => setEditing(false)} onSaved={() => setEditing(false)} />}
    </>
  );
}

/** A root-cause analysis: the whys in order, or the cause categories, and the conclusion. */
function RootCauseView({ rootCause }: { rootCause: RootCause | null | undefined }) {
  const { t } = useTranslation();
  if (!rootCause) return <>—</>;
  return (
    <div data-testid="root-cause">
      <div><Typography.Text type="secondary">{t(`improvement.nc.methods.${rootCause.method}`)}</Typography.Text></div>
      {rootCause.whys && (
        <ol style={{ margin: '4px 0', paddingInlineStart: 20 }}>{rootCause.whys.map((w, i) => <li key={i}>{w}</li>)}</ol>
      )}
      {rootCause.categories && (
        <div>{rootCause.categories.map((c) => <Tag key={c}>{t(`improvement.nc.causes.${c}`)}</Tag>)}</div>
      )}
      <div style={{ whiteSpace: 'pre-wrap' }}>{rootCause.summary}</div>
    </div>
  );
}

/** What a step decided, as the history shows it. */
function StepDetails({ step }: { step: NcStepRecord }) {
  const { t } = useTranslation();
  const d = step.details;
  const rows: [string, React.ReactNode][] = [];
  if (d.correction) rows.push([t('improvement.nc.correction'), d.correction]);
  if (d.root_cause_method) {
    rows.push([t('improvement.nc.rootCause'), (
      <RootCauseView rootCause={{ method: d.root_cause_method, summary: d.root_cause ?? '', whys: d.whys, categories: d.categories }} />
    )]);
  }
  if (d.effectiveness_criterion) rows.push([t('improvement.nc.criterion'), d.effectiveness_criterion]);
  if (d.verification_due) rows.push([t('improvement.nc.verificationDue'), formatDate(d.verification_due)]);
  if (d.verifier_id) rows.push([t('improvement.nc.verifier'), <UserName id={d.verifier_id} />]);
  if (step.comment) rows.push([t('improvement.nc.comment'), step.comment]);
  if (rows.length === 0) return <>—</>;
  return <>{rows.map(([label, value], i) => <div key={i}><Typography.Text type="secondary">{label}: </Typography.Text>{value}</div>)}</>;
}

/** The steps taken, cycle by cycle (newest first): an ineffective verdict closes a cycle and the history keeps it. */
function History({ steps, timeZone }: { steps: NcStepRecord[]; timeZone: string }) {
  const { t } = useTranslation();
  if (steps.length === 0) return <Typography.Text type="secondary">{t('improvement.nc.noHistory')}</Typography.Text>;
  return (
    <div data-testid="nc-history">
      {stepsByCycle(steps).map(({ cycle, steps: list }) => (
        <section key={cycle} data-testid="nc-cycle" data-cycle={cycle} style={{ marginBottom: 16 }}>
          <Typography.Title level={2} style={{ fontSize: 15 }}>{t('improvement.nc.cycleN', { n: cycle })}</Typography.Title>
          {list.some((s) => s.action === 'verify_ineffective') && (
            <Alert type="warning" showIcon message={t('improvement.nc.ineffectiveNote', { n: cycle })} style={{ marginBottom: 8 }} />
          )}
          <Table<NcStepRecord>
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={list}
            scroll={{ x: 640 }}
            columns={[
              { title: t('improvement.nc.at'), dataIndex: 'at', width: 140, render: (v: string) => formatDateTime(v, timeZone) },
              { title: t('improvement.nc.step'), dataIndex: 'action', render: (v: NcAction) => t(`improvement.nc.workflow.${v}`) },
              { title: t('improvement.nc.by'), dataIndex: 'user_id', render: (v: number | null) => <UserName id={v} />, responsive: ['md'] },
              { title: t('improvement.nc.details'), key: 'details', render: (_, s) => <StepDetails step={s} /> },
            ]}
          />
        </section>
      ))}
    </div>
  );
}
