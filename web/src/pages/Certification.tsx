import { useState } from 'react';
import { Alert, App, Button, Card, Col, Descriptions, Row, Space, Spin, Table, Tag, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { errorText } from '../api/problem';
import type { Unit } from '../api/types';
import { UnitName, UserName } from '../components/RemoteSelect';
import { AuditFindings } from '../certification/AuditFindings';
import { CertificateStatusTag, StepStateTag } from '../certification/labels';
import { EditProjectModal, StepModal, TransitionModal } from '../certification/ProjectDialogs';
import { AuditModal, AuditStepModal } from '../certification/AuditDialogs';
import { IssueCertificateModal } from '../certification/IssueCertificateModal';
import type {
  CertificateBrief, CertificationAction, CertificationAudit, CertificationProjectDetail, ProjectStep, TransitionRecord,
} from '../certification/types';
import { useSession } from '../session';
import { formatDate } from '../format';

/** A certification project: its seven steps, what blocks the current one, the steps the user may take, audits, certificates. */
export default function CertificationPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { can } = useSession();
  const qc = useQueryClient();
  const id = Number(useParams().id);
  const [action, setAction] = useState<CertificationAction | null>(null);
  const [editing, setEditing] = useState<ProjectStep | null>(null);
  const [addingAudit, setAddingAudit] = useState(false);
  const [auditStep, setAuditStep] = useState<{ audit: CertificationAudit; action: 'complete' | 'cancel' } | null>(null);
  const [issuing, setIssuing] = useState(false);
  const [editingProject, setEditingProject] = useState(false);
  const project = useQuery({ queryKey: ['certifications', 'one', id], queryFn: () => api<CertificationProjectDetail>(`/certifications/${id}`) });
  const p = project.data;
  const unit = useQuery({ queryKey: ['unit', p?.unit_id], queryFn: () => api<Unit>(`/units/${p!.unit_id}`), enabled: !!p, staleTime: 60_000 });
  if (project.isLoading) return <Spin aria-label={t('common.loading')} />;
  if (!p) return <Alert type="error" showIcon message={errorText(project.error)} />;

  const P = (k: string) => t(`certification.projects.${k}`);
  const A = (k: string) => t(`certification.audits.${k}`);
  const C = (k: string) => t(`certification.certificates.${k}`);
  const manager = !!unit.data && can('manage_certification', unit.data.path);
  const mayIssue = manager && p.step === 'certificate_issue' && p.blockers.some((b) => b.code === 'certification.certificate_missing');
  const saved = (text: string) => () => {
    setAction(null);
    setEditing(null);
    setAddingAudit(false);
    setAuditStep(null);
    setIssuing(false);
    setEditingProject(false);
    message.success(text);
    void qc.invalidateQueries({ queryKey: ['certifications'] });
    void qc.invalidateQueries({ queryKey: ['certificates'] });
  };

  return (
    <>
      <Link to="/certifications">← {P('back')}</Link>
      <Typography.Title level={1} style={{ fontSize: 22, margin: '8px 0 12px' }}>{p.title}</Typography.Title>
      {p.actions.length > 0 && (
        <Space wrap size="small" style={{ marginBottom: 16 }} data-testid="certification-actions">
          {p.actions.map((a) => (
            <Button key={a} type={a === 'repeat_stage2' ? 'default' : 'primary'} onClick={() => setAction(a)}>{P(`actions.${a}`)}</Button>
          ))}
        </Space>
      )}
      {p.blockers.length > 0 && (
        <Alert type="warning" showIcon style={{ marginBottom: 16 }} message={P('blockers')} data-testid="certification-blockers"
          description={<ul style={{ margin: 0, paddingLeft: 20 }}>{p.blockers.map((b) => <li key={b.code}>{b.detail}</li>)}</ul>} />
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={10}>
          <Card size="small" title={P('detail')}
            extra={manager && <Button size="small" onClick={() => setEditingProject(true)}>{P('edit')}</Button>}>
            <Descriptions column={1} size="small" bordered>
              <Descriptions.Item label={P('unit')}><UnitName id={p.unit_id} /></Descriptions.Item>
              <Descriptions.Item label={P('standards')}>
                {p.standards.map((s) => s.label).join(', ')}{p.integrated && <> <Tag>{P('integrated')}</Tag></>}
              </Descriptions.Item>
              <Descriptions.Item label={P('sites')}>{p.site_ids.map((s, i) => <span key={s}>{i > 0 && '; '}<UnitName id={s} /></span>)}</Descriptions.Item>
              <Descriptions.Item label={P('body')}>{p.body_name}</Descriptions.Item>
              <Descriptions.Item label={P('accreditationBody')}>
                {[p.accreditation_body, p.accreditation_number].filter(Boolean).join(' — ') || '—'}
              </Descriptions.Item>
              <Descriptions.Item label={P('step')}>{P(`stepNames.${p.step}`)}</Descriptions.Item>
              <Descriptions.Item label={P('cycle')}>{p.cycle}</Descriptions.Item>
              {p.stage2_repeat_after && <Descriptions.Item label={P('stage2RepeatAfter')}>{formatDate(p.stage2_repeat_after)}</Descriptions.Item>}
            </Descriptions>
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          <Card size="small" title={P('steps')}>
            <Table<ProjectStep>
              rowKey="step" size="small" pagination={false} dataSource={p.steps} scroll={{ x: 560 }} data-testid="certification-steps"
              columns={[
                { title: P('stepColumn'), dataIndex: 'step', render: (v: string) => P(`stepNames.${v}`) },
                { title: P('state'), dataIndex: 'state', render: (v: ProjectStep['state']) => <StepStateTag state={v} /> },
                { title: P('responsible'), dataIndex: 'responsible_id', render: (v: number | null) => (v ? <UserName id={v} /> : '—'), responsive: ['md'] },
                { title: P('plannedOn'), dataIndex: 'planned_on', render: (v: string | null) => formatDate(v), responsive: ['md'] },
                { title: P('completedOn'), dataIndex: 'completed_on', render: (v: string | null) => formatDate(v) },
                {
                  title: P('records'), dataIndex: 'record_ids', responsive: ['sm'],
                  render: (ids: number[]) => ids.map((r) => <Link key={r} to={`/records/${r}`} style={{ marginRight: 6 }}>#{r}</Link>),
                },
                ...(manager ? [{
                  title: t('common.actions'), key: 'edit',
                  render: (_: unknown, s: ProjectStep) => s.state !== 'completed' && (
                    <Button size="small" onClick={() => setEditing(s)} aria-label={`${t('common.edit')} ${P(`stepNames.${s.step}`)}`}>{t('common.edit')}</Button>
                  ),
                }] : []),
              ]}
            />
          </Card>
        </Col>
        <Col xs={24}>
          <Card size="small" title={A('title')}
            extra={manager && <Button size="small" onClick={() => setAddingAudit(true)}>{A('add')}</Button>}>
            <Table<CertificationAudit>
              rowKey="id" size="small" pagination={false} dataSource={p.audits} scroll={{ x: 560 }} data-testid="certification-audits"
              locale={{ emptyText: A('empty') }}
              expandable={{
                columnTitle: <span className="visually-hidden">{t('common.details')}</span>,
                expandedRowRender: (a) => <AuditFindings projectId={p.id} auditId={a.id} mayAdd={manager} /> }}
              columns={[
                { title: A('type'), dataIndex: 'type', render: (v: string) => A(`types.${v}`) },
                { title: A('dates'), key: 'dates', render: (_: unknown, a) => `${formatDate(a.start_date)} – ${formatDate(a.end_date)}` },
                { title: A('days'), dataIndex: 'audit_days', responsive: ['md'] },
                { title: A('team'), dataIndex: 'team', render: (v: CertificationAudit['team']) => v.map((m) => m.name).join(', '), responsive: ['md'] },
                { title: A('status'), dataIndex: 'status', render: (v: string) => A(`statuses.${v}`) },
                ...(manager ? [{
                  title: t('common.actions'), key: 'step',
                  render: (_: unknown, a: CertificationAudit) => a.status === 'planned' && (
                    <Space size="small" wrap>
                      <Button size="small" onClick={() => setAuditStep({ audit: a, action: 'complete' })}
                        aria-label={`${A('transitions.complete')} ${A(`types.${a.type}`)}`}>{A('transitions.complete')}</Button>
                      <Button size="small" danger onClick={() => setAuditStep({ audit: a, action: 'cancel' })}
                        aria-label={`${A('transitions.cancel')} ${A(`types.${a.type}`)}`}>{A('transitions.cancel')}</Button>
                    </Space>
                  ),
                }] : []),
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Card size="small" title={C('title')}
            extra={mayIssue && <Button size="small" type="primary" onClick={() => setIssuing(true)}>{C('issueTitle')}</Button>}>
            <Table<CertificateBrief>
              rowKey="id" size="small" pagination={false} dataSource={p.certificates} locale={{ emptyText: C('empty') }}
              columns={[
                { title: C('number'), dataIndex: 'number', render: (v: string, c) => <Link to={`/certificates/${c.id}`}>{v}</Link> },
                { title: C('expiry'), dataIndex: 'expiry_date', render: (v: string) => formatDate(v) },
                { title: C('status'), dataIndex: 'status', render: (v: CertificateBrief['status']) => <CertificateStatusTag status={v} /> },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          <Card size="small" title={P('history')}>
            <Table<TransitionRecord>
              rowKey="id" size="small" pagination={false} dataSource={[...p.history].reverse()} scroll={{ x: 480 }}
              columns={[
                { title: P('completedOn'), dataIndex: 'on_date', render: (v: string) => formatDate(v) },
                { title: P('state'), dataIndex: 'action', render: (v: string) => P(`actions.${v}`) },
                { title: P('responsible'), dataIndex: 'user_id', render: (v: number | null) => <UserName id={v} />, responsive: ['md'] },
                { title: P('comment'), dataIndex: 'comment', render: (v: string) => v || '—', responsive: ['md'] },
              ]}
            />
          </Card>
        </Col>
      </Row>
      {editing && <StepModal project={p} step={editing} onClose={() => setEditing(null)} onSaved={saved(t('common.saved'))} />}
      {addingAudit && <AuditModal projectId={p.id} onClose={() => setAddingAudit(false)} onSaved={saved(A('added'))} />}
      {auditStep && (
        <AuditStepModal projectId={p.id} audit={auditStep.audit} action={auditStep.action} onClose={() => setAuditStep(null)}
          onSaved={saved(A('transitionDone'))} />
      )}
      {editingProject && <EditProjectModal project={p} onClose={() => setEditingProject(false)} onSaved={saved(P('saved'))} />}
      {issuing && <IssueCertificateModal project={p} onClose={() => setIssuing(false)} onSaved={saved(C('issued'))} />}
      {action && <TransitionModal project={p} action={action} onClose={() => setAction(null)} onSaved={saved(P('transitionDone'))} />}
    </>
  );
}
