import { useState } from 'react';
import {
  Alert, App, Button, Card, Col, Descriptions, Form, Input, List, Modal, Popconfirm, Progress, Row, Space, Spin, Table, Tag,
  Typography,
} from 'antd';
import { FilePdfOutlined } from '@ant-design/icons';
import { useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { errorText } from '../api/problem';
import type { Unit } from '../api/types';
import { AttachmentsCard } from '../attachments/AttachmentsCard';
import { FormModal } from '../components/FormModal';
import { UnitName, UserName } from '../components/RemoteSelect';
import { ClauseTags } from '../documents/Clauses';
import { formatDateTime } from '../format';
import { ProcessLinks } from '../processes/labels';
import type { RetainedRecord } from '../records/types';
import { useSession } from '../session';
import { AuditFormModal } from '../audits/AuditFormModal';
import { ChecklistLineModal } from '../audits/ChecklistLineModal';
import { AuditStatusTag, ResultTag, auditDates, clauseRefsText } from '../audits/labels';
import type { Audit, AuditAction, ChecklistLine, Programme } from '../audits/types';
import {
  answered, auditActionsFor, mayAnswer, mayPrepare, mayReplan, reportFor, type AuditRoles,
} from '../audits/workflow';
import type { Improvement, Nonconformity } from '../improvement/types';
import { ImprovementStatusTag, NcStatusTag } from '../improvement/labels';

export default function AuditPage() {
  const { t } = useTranslation();
  const { user, can, timeZone } = useSession();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const id = Number(useParams().id);
  const [stepping, setStepping] = useState<AuditAction | null>(null);
  const [answering, setAnswering] = useState<ChecklistLine | null>(null);
  const [preparing, setPreparing] = useState<ChecklistLine | null>(null);
  const [evidenceOf, setEvidenceOf] = useState<ChecklistLine | null>(null);
  const [editing, setEditing] = useState(false);

  const key = ['audits', 'one', id];
  const audit = useQuery({ queryKey: key, queryFn: () => api<Audit>(`/audits/${id}`) });
  const a = audit.data;
  const unit = useQuery({
    queryKey: ['unit', a?.unit_id],
    queryFn: () => api<Unit>(`/units/${a!.unit_id}`),
    enabled: !!a,
    staleTime: 60_000,
  });
  const programme = useQuery({
    queryKey: ['audit-programmes', 'one', a?.programme_id],
    queryFn: () => api<Programme>(`/audit-programmes/${a!.programme_id}`),
    enabled: !!a,
    staleTime: 60_000,
  });

  if (audit.isLoading) return <Spin aria-label={t('common.loading')} />;
  if (!a) return <Alert type="error" showIcon message={errorText(audit.error)} />;

  const path = unit.data?.path;
  const conducts = !!path && can('conduct_audits', path);
  const roles: AuditRoles = {
    lead: !!user && a.lead_auditor_id === user.id && conducts,
    team: !!user && a.team_ids.includes(user.id) && conducts,
    manager: !!path && can('manage_audits', path),
  };
  const steps = a.archived_at ? [] : auditActionsFor(a.status, roles);
  const answers = mayAnswer(a.status, roles);
  const prepares = mayPrepare(a, roles);
  const replans = mayReplan(a, roles);
  const report = reportFor(a.status, roles);
  const lines = a.checklist ?? [];
  const progress = answered(lines);
  const changed = () => Promise.all([
    qc.invalidateQueries({ queryKey: ['audits'] }),
    qc.invalidateQueries({ queryKey: ['audit-programmes'] }),
    qc.invalidateQueries({ queryKey: ['nonconformities'] }),
    qc.invalidateQueries({ queryKey: ['improvements'] }),
  ]);
  const cancel = async () => {
    try {
      await api(`/audits/${a.id}`, { method: 'DELETE' });
      message.success(t('audits.cancelled'));
      await changed();
    } catch (e) {
      message.error(errorText(e));
    }
  };

  return (
    <>
      <Link to="/audits">← {t('audits.back')}</Link>
      <Typography.Title level={1} style={{ fontSize: 22, margin: '8px 0 16px' }}>
        {a.title} <AuditStatusTag status={a.status} />
        {a.archived_at && <Tag data-testid="audit-cancelled">{t('audits.cancelled')}</Tag>}
      </Typography.Title>
      {a.archived_at && (
        <Alert type="warning" showIcon style={{ marginBottom: 16 }}
          message={t('audits.cancelledNotice', { date: formatDateTime(a.archived_at, timeZone) })} />
      )}
      {(steps.length > 0 || replans || report.download) && (
        <Space wrap style={{ marginBottom: 16 }}>
          {steps.map((s) => (
            <Button key={s} type="primary" onClick={() => setStepping(s)}>{t(`audits.workflow.${s}`)}</Button>
          ))}
          {replans && <Button onClick={() => setEditing(true)}>{t('audits.edit')}</Button>}
          {replans && (
            <Popconfirm title={t('audits.cancelConfirm')} onConfirm={() => void cancel()} okText={t('common.confirm')} cancelText={t('common.cancel')}>
              <Button danger>{t('audits.cancel')}</Button>
            </Popconfirm>
          )}
          {report.download && <ReportActions audit={a} mayFile={report.file} />}
        </Space>
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={10}>
          <Card size="small" title={t('audits.detail')}>
            <Descriptions column={1} size="small" bordered data-testid="audit-detail">
              <Descriptions.Item label={t('audits.programme')}>
                <Link to={`/audit-programmes/${a.programme_id}`}>
                  {programme.data ? `${programme.data.year} — ${programme.data.title}` : `#${a.programme_id}`}
                </Link>
              </Descriptions.Item>
              <Descriptions.Item label={t('audits.unit')}><UnitName id={a.unit_id} /></Descriptions.Item>
              <Descriptions.Item label={t('audits.type')}>{t(`audits.types.${a.type}`)}</Descriptions.Item>
              <Descriptions.Item label={t('audits.dates')}>{auditDates(a)}</Descriptions.Item>
              <Descriptions.Item label={t('audits.lead')}><UserName id={a.lead_auditor_id} /></Descriptions.Item>
              <Descriptions.Item label={t('audits.team')}>
                {a.team_ids.length === 0 ? '—' : a.team_ids.map((u) => <div key={u}><UserName id={u} /></div>)}
              </Descriptions.Item>
              <Descriptions.Item label={t('audits.auditees')}>
                <span data-testid="audit-auditees">
                  {a.auditee_ids.length === 0 ? '—' : a.auditee_ids.map((u) => <div key={u}><UserName id={u} /></div>)}
                </span>
              </Descriptions.Item>
              <Descriptions.Item label={t('audits.clauses')}><ClauseTags ids={a.clauses.map((c) => c.id)} /></Descriptions.Item>
              <Descriptions.Item label={t('audits.processes')}><ProcessLinks ids={a.process_ids} /></Descriptions.Item>
              <Descriptions.Item label={t('audits.agenda')}>
                <span style={{ whiteSpace: 'pre-wrap' }}>{a.agenda || '—'}</span>
              </Descriptions.Item>
              {a.summary && (
                <Descriptions.Item label={t('audits.summary')}>
                  <span style={{ whiteSpace: 'pre-wrap' }} data-testid="audit-summary">{a.summary}</span>
                </Descriptions.Item>
              )}
            </Descriptions>
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          <Card size="small" title={t('audits.checklist.title')}>
            <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>{t('audits.checklist.help')}</Typography.Paragraph>
            <Progress
              percent={progress.total ? Math.round((progress.answered * 100) / progress.total) : 0}
              format={() => t('audits.checklist.progress', progress)}
              aria-label={t('audits.checklist.progress', progress)}
              size="small"
            />
            <List
              data-testid="checklist"
              dataSource={lines}
              renderItem={(line) => (
                <List.Item
                  data-testid="checklist-line"
                  data-position={line.position}
                  actions={[
                    ...(answers ? [
                      <Button key="answer" size="small" onClick={() => setAnswering(line)}
                        aria-label={`${t('audits.checklist.answer')} — ${t('audits.checklist.line', { n: line.position })}`}>
                        {t('audits.checklist.answer')}
                      </Button>,
                      <Button key="files" size="small" onClick={() => setEvidenceOf(line)}
                        aria-label={`${t('audits.checklist.files')} — ${t('audits.checklist.line', { n: line.position })}`}>
                        {t('audits.checklist.filesButton', { count: line.files.length })}
                      </Button>,
                    ] : []),
                    ...(prepares ? [
                      <Button key="prepare" size="small" onClick={() => setPreparing(line)}
                        aria-label={`${t('audits.checklist.prepare')} — ${t('audits.checklist.line', { n: line.position })}`}>
                        {t('audits.checklist.prepare')}
                      </Button>,
                    ] : []),
                  ]}
                >
                  <ChecklistLineView auditId={a.id} line={line} />
                </List.Item>
              )}
            />
          </Card>
        </Col>
        <Col xs={24}>
          <Findings lines={lines} />
        </Col>
      </Row>
      {stepping && (
        <AuditStepModal audit={a} action={stepping} onClose={() => setStepping(null)} onDone={() => { setStepping(null); void changed(); }} />
      )}
      {answering && (
        <ChecklistLineModal auditId={a.id} line={answering} onClose={() => setAnswering(null)} onSaved={() => { setAnswering(null); void changed(); }} />
      )}
      {preparing && (
        <ChecklistLineModal auditId={a.id} line={preparing} prepare onClose={() => setPreparing(null)} onSaved={() => { setPreparing(null); void changed(); }} />
      )}
      {evidenceOf && <EvidenceModal auditId={a.id} line={evidenceOf} onChanged={() => void changed()} onClose={() => setEvidenceOf(null)} />}
      {editing && <AuditFormModal audit={a} onClose={() => setEditing(false)} onSaved={() => setEditing(false)} />}
    </>
  );
}

/** The report of a reported audit: downloaded as a PDF in the reader's language, filed as a record of the audited unit. */
function ReportActions({ audit: a, mayFile }: { audit: Audit; mayFile: boolean }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  const [filing, setFiling] = useState(false);
  const [filed, setFiled] = useState<RetainedRecord | null>(null);
  const file = async () => {
    setFiling(true);
    try {
      const r = await api<RetainedRecord>(`/audits/${a.id}/report-record`, { method: 'POST', query: { lang } });
      setFiled(r);
      message.success(t('audits.report.filed', { title: r.title }));
      await qc.invalidateQueries({ queryKey: ['records'] });
    } catch (e) {
      message.error(errorText(e));
    } finally {
      setFiling(false);
    }
  };
  return (
    <>
      <Button icon={<FilePdfOutlined />} href={`/api/v1/audits/${a.id}/report?lang=${lang}`} download={`audit-report-${a.id}.pdf`}
        data-testid="audit-report">
        {t('audits.report.download')}
      </Button>
      {mayFile && !filed && <Button loading={filing} onClick={() => void file()}>{t('audits.report.file')}</Button>}
      {filed && (
        <Link to={`/records/${filed.id}`} data-testid="audit-report-record">{t('audits.report.open')}: {filed.title}</Link>
      )}
    </>
  );
}

/** A line's evidence files, uploaded and removed while the audit is in progress. */
function EvidenceModal({ auditId, line, onChanged, onClose }: { auditId: number; line: ChecklistLine; onChanged: () => void; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal
      open
      title={t('audits.checklist.filesTitle', { n: line.position, clauses: clauseRefsText(line.clauses) })}
      onCancel={onClose}
      footer={<Button onClick={onClose}>{t('common.close')}</Button>}
      width={760}
      destroyOnClose
    >
      <AttachmentsCard
        path={`/audits/${auditId}/checklist/${line.id}/attachments`}
        title={t('audits.checklist.files')}
        mayUpload
        mayRemove
        removeConfirm={(name) => t('audits.checklist.removeFileConfirm', { name })}
        onChanged={onChanged}
      />
    </Modal>
  );
}

/** One checklist line: the clauses it answers (of both standards where they are equal), question, result, evidence, files, finding. */
function ChecklistLineView({ auditId, line }: { auditId: number; line: ChecklistLine }) {
  const { t } = useTranslation();
  return (
    <div style={{ width: '100%', minWidth: 0 }}>
      <Space wrap size={4}>
        <strong>{t('audits.checklist.line', { n: line.position })}</strong>
        <ResultTag result={line.result} />
      </Space>
      <div data-testid="line-clauses" style={{ marginTop: 4 }}><ClauseTags ids={line.clauses.map((c) => c.id)} /></div>
      <div style={{ whiteSpace: 'pre-wrap' }} data-testid="line-question">
        {line.question || <Typography.Text type="secondary">{t('audits.checklist.noQuestion')}</Typography.Text>}
      </div>
      {line.evidence && (
        <div style={{ whiteSpace: 'pre-wrap' }} data-testid="line-evidence">
          <Typography.Text type="secondary">{t('audits.checklist.evidence')}: </Typography.Text>{line.evidence}
        </div>
      )}
      {line.files.length > 0 && (
        <div data-testid="line-files">
          <Typography.Text type="secondary">{t('audits.checklist.files')}: </Typography.Text>
          {line.files.map((f, i) => (
            <span key={f.id}>
              {i > 0 && ', '}
              <a href={`/api/v1/audits/${auditId}/checklist/${line.id}/attachments/${f.id}/content`} download={f.file_name}>{f.file_name}</a>
            </span>
          ))}
        </div>
      )}
      {line.finding && (
        <div data-testid="line-finding">
          <Typography.Text type="secondary">{t('audits.checklist.finding')}: </Typography.Text>{line.finding}{' '}
          <FollowUpLink line={line} />
        </div>
      )}
    </div>
  );
}

function FollowUpLink({ line }: { line: ChecklistLine }) {
  const { t } = useTranslation();
  if (line.nonconformity_id) {
    return <Link to={`/nonconformities/${line.nonconformity_id}`}>{t('audits.checklist.nonconformity', { id: line.nonconformity_id })}</Link>;
  }
  if (line.improvement_id) {
    return <Link to={`/improvements/${line.improvement_id}`}>{t('audits.checklist.improvement', { id: line.improvement_id })}</Link>;
  }
  return null;
}

/** The audit's findings by clause of both standards, each with the state of the record it raised. */
function Findings({ lines }: { lines: ChecklistLine[] }) {
  const { t } = useTranslation();
  const found = lines.filter((l) => l.result && l.result !== 'conforming' && l.result !== 'not_audited');
  const records = useQueries({
    queries: found.map((l) => ({
      queryKey: l.nonconformity_id ? ['nonconformities', 'one', l.nonconformity_id] : ['improvements', 'one', l.improvement_id],
      queryFn: () => (l.nonconformity_id
        ? api<Nonconformity>(`/nonconformities/${l.nonconformity_id}`)
        : api<Improvement>(`/improvements/${l.improvement_id}`)),
      enabled: !!(l.nonconformity_id || l.improvement_id),
    })),
  });
  return (
    <Card size="small" title={t('audits.findings.title')}>
      <Table<ChecklistLine>
        rowKey="id"
        size="small"
        pagination={false}
        data-testid="findings"
        dataSource={found}
        scroll={{ x: 640 }}
        locale={{ emptyText: t('audits.findings.none') }}
        columns={[
          { title: t('audits.findings.clauses'), key: 'clauses', render: (_, l) => clauseRefsText(l.clauses) },
          { title: t('audits.checklist.result'), dataIndex: 'result', render: (_, l) => <ResultTag result={l.result} /> },
          { title: t('audits.checklist.finding'), dataIndex: 'finding', render: (v: string | null) => v ?? '—' },
          {
            title: t('audits.findings.followUp'),
            key: 'follow',
            render: (_, l, i) => {
              const record = records[i]?.data;
              if (!record) return <FollowUpLink line={l} />;
              return (
                <Space size={4} wrap>
                  <FollowUpLink line={l} />
                  {l.nonconformity_id
                    ? <NcStatusTag status={(record as Nonconformity).status} />
                    : <ImprovementStatusTag status={(record as Improvement).status} />}
                </Space>
              );
            },
          },
        ]}
      />
    </Card>
  );
}

function AuditStepModal({ audit: a, action, onClose, onDone }: { audit: Audit; action: AuditAction; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const label = t(`audits.workflow.${action}`);
  const send = async (v: { comment?: string; summary?: string }) => {
    const body: Record<string, unknown> = { version: a.version, action };
    if (v.comment?.trim()) body.comment = v.comment;
    if (action === 'report') body.summary = v.summary ?? '';
    await api<Audit>(`/audits/${a.id}/transitions`, { method: 'POST', json: body });
    message.success(t('audits.recorded', { action: label }));
    onDone();
  };
  return (
    <FormModal title={`${label}: ${a.title}`} fields={action === 'report' ? ['summary', 'comment'] : ['comment']} send={send} onClose={onClose} onStale={onDone} okText={label}>
      {action === 'close' && <Alert type="info" showIcon message={t('audits.closeHelp')} style={{ marginBottom: 12 }} />}
      {action === 'report' && (
        <Form.Item name="summary" label={t('audits.summary')} extra={t('audits.summaryHelp')} rules={[{ required: true, whitespace: true }]}>
          <Input.TextArea rows={5} maxLength={20000} />
        </Form.Item>
      )}
      <Form.Item name="comment" label={t('audits.comment')}>
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
    </FormModal>
  );
}
