import { useState } from 'react';
import { Alert, Button, Card, Descriptions, Form, Input, List, Radio, Select, Space, Tag, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import dayjs from 'dayjs';
import { api } from '../api/client';
import { errorText } from '../api/problem';
import { FormModal } from '../components/FormModal';
import { UnitName, UserName, UserSelect } from '../components/RemoteSelect';
import { useSession } from '../session';
import { APPEAL_OUTCOMES, OUTCOMES, type Complaint, type ComplaintNote } from './types';

/** The steps offered from each status; the server decides whether the caller may take them. */
const NEXT: Record<string, string[]> = {
  received: ['acknowledge'], acknowledged: ['respond'], answered: ['close', 'appeal'], appealed: ['decide_appeal'],
};
const STEP_FIELDS: Record<string, string[]> = {
  acknowledge: ['comment'], respond: ['response', 'outcome'], close: ['accepted'], appeal: ['appeal_text'],
  decide_appeal: ['decision', 'appeal_outcome'],
};

const day = (v: string | null) => (v ? dayjs(v).format('DD/MM/YYYY') : '—');

function StepForm({ c, action, onClose, onDone }: { c: Complaint; action: string; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const fields = STEP_FIELDS[action];
  return (
    <FormModal<Record<string, unknown>>
      title={t(`complaints.steps.${action}`)}
      okText={t(`complaints.steps.${action}`)}
      fields={fields}
      onClose={onClose}
      onStale={onDone}
      initialValues={action === 'close' ? { accepted: true } : {}}
      send={async (v) => {
        const body: Record<string, unknown> = { version: c.version, action };
        for (const f of fields) if (v[f] !== undefined && v[f] !== '') body[f] = v[f];
        await api(`/complaints/${c.id}/steps`, { method: 'POST', json: body });
        onDone();
        onClose();
      }}
    >
      {fields.includes('comment') && <Form.Item name="comment" label={t('complaints.noteText')}><Input.TextArea rows={2} maxLength={2000} /></Form.Item>}
      {fields.includes('response') && (
        <Form.Item name="response" label={t('complaints.response')} rules={[{ required: true, max: 10000 }]}>
          <Input.TextArea rows={5} maxLength={10000} />
        </Form.Item>
      )}
      {fields.includes('outcome') && (
        <Form.Item name="outcome" label={t('complaints.outcome')} rules={[{ required: true }]}>
          <Select options={OUTCOMES.map((o) => ({ value: o, label: t(`complaints.outcomes.${o}`) }))} />
        </Form.Item>
      )}
      {fields.includes('accepted') && (
        <Form.Item name="accepted" label={t('complaints.accepted')}>
          <Radio.Group options={[{ value: true, label: t('complaints.yes') }, { value: false, label: t('complaints.no') }]} />
        </Form.Item>
      )}
      {fields.includes('appeal_text') && (
        <Form.Item name="appeal_text" label={t('complaints.appealText')} rules={[{ required: true, max: 5000 }]}>
          <Input.TextArea rows={4} maxLength={5000} />
        </Form.Item>
      )}
      {fields.includes('decision') && (
        <Form.Item name="decision" label={t('complaints.decision')} rules={[{ required: true, max: 10000 }]}>
          <Input.TextArea rows={5} maxLength={10000} />
        </Form.Item>
      )}
      {fields.includes('appeal_outcome') && (
        <Form.Item name="appeal_outcome" label={t('complaints.appealOutcome')} rules={[{ required: true }]}>
          <Select options={APPEAL_OUTCOMES.map((o) => ({ value: o, label: t(`complaints.appealOutcomes.${o}`) }))} />
        </Form.Item>
      )}
    </FormModal>
  );
}

function AssignForm({ c, onClose, onDone }: { c: Complaint; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  return (
    <FormModal<Record<string, unknown>>
      title={t('complaints.assignTitle')}
      fields={['handler_id', 'decider_id', 'subject_user_id']}
      onClose={onClose}
      onStale={onDone}
      initialValues={{ handler_id: c.handler_id ?? undefined, decider_id: c.decider_id ?? undefined, subject_user_id: c.subject_user_id ?? undefined }}
      send={async (v) => {
        const body: Record<string, unknown> = { version: c.version };
        for (const k of ['handler_id', 'decider_id', 'subject_user_id'])
          if ((v[k] ?? null) !== (c[k as keyof Complaint] ?? null)) body[k] = v[k] ?? null;
        await api(`/complaints/${c.id}/assignment`, { method: 'POST', json: body });
        onDone();
        onClose();
      }}
    >
      <Form.Item name="handler_id" label={t('complaints.handler')}><UserSelect can="handle_complaints" unitId={c.unit_id} allowClear /></Form.Item>
      <Form.Item name="decider_id" label={t('complaints.decider')}><UserSelect can="handle_complaints" unitId={c.unit_id} allowClear /></Form.Item>
      <Form.Item name="subject_user_id" label={t('complaints.subject')}><UserSelect allowClear /></Form.Item>
    </FormModal>
  );
}

function NcForm({ c, onClose, onDone }: { c: Complaint; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  return (
    <FormModal<Record<string, unknown>>
      title={t('complaints.raiseNcTitle')}
      fields={['title', 'severity', 'description']}
      onClose={onClose}
      initialValues={{ severity: 'minor' }}
      send={async (v) => {
        await api(`/complaints/${c.id}/nonconformity`, { method: 'POST', json: { version: c.version, ...v } });
        onDone();
        onClose();
      }}
    >
      <Form.Item name="title" label={t('complaints.ncTitle')} rules={[{ required: true, max: 300 }]}><Input maxLength={300} /></Form.Item>
      <Form.Item name="severity" label={t('complaints.severity')}>
        <Select options={(['major', 'minor'] as const).map((s) => ({ value: s, label: t(`complaints.severities.${s}`) }))} />
      </Form.Item>
    </FormModal>
  );
}

export default function ComplaintPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const { can } = useSession();
  const qc = useQueryClient();
  const [step, setStep] = useState<string | null>(null);
  const [assigning, setAssigning] = useState(false);
  const [raising, setRaising] = useState(false);
  const [note, setNote] = useState('');
  const [noteError, setNoteError] = useState<string | null>(null);
  const complaint = useQuery({ queryKey: ['complaints', 'one', id], queryFn: () => api<Complaint>(`/complaints/${id}`) });
  const notes = useQuery({
    queryKey: ['complaints', 'notes', id],
    queryFn: () => api<{ items: ComplaintNote[] }>(`/complaints/${id}/notes`),
    enabled: !!complaint.data,
  });
  const refresh = () => void qc.invalidateQueries({ queryKey: ['complaints'] });
  if (complaint.error) return <Alert type="error" showIcon message={errorText(complaint.error)} />;
  const c = complaint.data;
  if (!c) return null;
  const addNote = async () => {
    setNoteError(null);
    try {
      await api(`/complaints/${c.id}/notes`, { method: 'POST', json: { text: note } });
      setNote('');
      refresh();
    } catch (e) {
      setNoteError(errorText(e));
    }
  };
  return (
    <>
      <Link to="/complaint-register">{t('complaints.back')}</Link>
      <Space style={{ width: '100%', justifyContent: 'space-between', flexWrap: 'wrap', marginTop: 8 }}>
        <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>
          {t(`complaints.kinds.${c.kind}`)} #{c.id} <Tag>{t(`complaints.statuses.${c.status}`)}</Tag>
          {c.overdue && <Tag color="red">{t(`complaints.overdue.${c.overdue}`)}</Tag>}
        </Typography.Title>
        <Space wrap>
          {(NEXT[c.status] ?? []).map((a) => (
            <Button key={a} type="primary" onClick={() => setStep(a)}>{t(`complaints.steps.${a}`)}</Button>
          ))}
          {c.status !== 'closed' && can('manage_complaints') && <Button onClick={() => setAssigning(true)}>{t('complaints.assign')}</Button>}
          {!c.nonconformity_id && <Button onClick={() => setRaising(true)}>{t('complaints.raiseNc')}</Button>}
        </Space>
      </Space>
      <Card size="small" style={{ margin: '16px 0' }}>
        <Descriptions column={{ xs: 1, md: 2 }} size="small">
          <Descriptions.Item label={t('complaints.unit')}><UnitName id={c.unit_id} /></Descriptions.Item>
          <Descriptions.Item label={t('complaints.category')}>{t(`complaints.categories.${c.category}`)}</Descriptions.Item>
          <Descriptions.Item label={t('complaints.channel')}>{t(`complaints.channels.${c.channel}`)}</Descriptions.Item>
          <Descriptions.Item label={t('complaints.receivedOn')}>{day(c.received_on)}</Descriptions.Item>
          <Descriptions.Item label={t('complaints.complainantName')}>
            {c.anonymous ? t('complaints.anonymous') : c.complainant ? `${c.complainant.name ?? '—'} · ${c.complainant.contact ?? '—'}` : t('complaints.identityHidden')}
          </Descriptions.Item>
          <Descriptions.Item label={t('complaints.acknowledgeDue')}>{day(c.acknowledge_due)}</Descriptions.Item>
          <Descriptions.Item label={t('complaints.responseDue')}>{day(c.response_due)}</Descriptions.Item>
          {c.appeal_due && <Descriptions.Item label={t('complaints.appealDue')}>{day(c.appeal_due)}</Descriptions.Item>}
          <Descriptions.Item label={t('complaints.handler')}><UserName id={c.handler_id} /></Descriptions.Item>
          <Descriptions.Item label={t('complaints.decider')}><UserName id={c.decider_id} /></Descriptions.Item>
          <Descriptions.Item label={t('complaints.subject')}><UserName id={c.subject_user_id} /></Descriptions.Item>
          {c.nonconformity_id && (
            <Descriptions.Item label={t('complaints.linkedNc')}>
              <Link to={`/nonconformities/${c.nonconformity_id}`}>#{c.nonconformity_id}</Link>
            </Descriptions.Item>
          )}
        </Descriptions>
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginTop: 12 }}>{c.text}</Typography.Paragraph>
        {c.response && (
          <>
            <Typography.Title level={2} style={{ fontSize: 16 }}>{t('complaints.response')}</Typography.Title>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }} data-testid="complaint-response">{c.response}</Typography.Paragraph>
            {c.outcome && <Tag>{t(`complaints.outcomes.${c.outcome}`)}</Tag>}
          </>
        )}
        {c.appeal_text && (
          <>
            <Typography.Title level={2} style={{ fontSize: 16 }}>{t('complaints.appealText')}</Typography.Title>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }} data-testid="complaint-appeal">{c.appeal_text}</Typography.Paragraph>
          </>
        )}
        {c.decision && (
          <>
            <Typography.Title level={2} style={{ fontSize: 16 }}>{t('complaints.decision')}</Typography.Title>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{c.decision}</Typography.Paragraph>
            {c.appeal_outcome && <Tag>{t(`complaints.appealOutcomes.${c.appeal_outcome}`)}</Tag>}
          </>
        )}
      </Card>
      <Card size="small" title={t('complaints.notes')}>
        <List<ComplaintNote> size="small" dataSource={notes.data?.items ?? []} locale={{ emptyText: t('complaints.noNotes') }}
          renderItem={(n) => (
            <List.Item>
              <Space direction="vertical" size={0}>
                <Typography.Text type="secondary"><UserName id={n.author_id} /> · {dayjs(n.created_at).format('DD/MM/YYYY HH:mm')}</Typography.Text>
                <span style={{ whiteSpace: 'pre-wrap' }}>{n.text}</span>
              </Space>
            </List.Item>
          )} />
        {c.status !== 'closed' && (
          <Space.Compact style={{ width: '100%', marginTop: 8 }}>
            <Input.TextArea aria-label={t('complaints.noteText')} value={note} onChange={(e) => setNote(e.target.value)} rows={2} maxLength={10000} />
            <Button onClick={() => void addNote()} disabled={!note.trim()}>{t('complaints.addNote')}</Button>
          </Space.Compact>
        )}
        {noteError && <Alert type="error" showIcon message={noteError} style={{ marginTop: 8 }} />}
      </Card>
      {step && <StepForm c={c} action={step} onClose={() => setStep(null)} onDone={refresh} />}
      {assigning && <AssignForm c={c} onClose={() => setAssigning(false)} onDone={refresh} />}
      {raising && <NcForm c={c} onClose={() => setRaising(false)} onDone={refresh} />}
    </>
  );
}
