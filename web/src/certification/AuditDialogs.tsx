import { DatePicker, Form, Input, InputNumber, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { FormModal } from '../components/FormModal';
import { AUDIT_TYPES, type CertificationAudit, type CertificationAuditType } from './types';

const FIELDS = ['type', 'start_date', 'end_date', 'audit_days', 'lead', 'members', 'notes', 'window_justification'] as const;
// Surveillance and recertification audits have windows in the cycle; outside one the server asks why.
const WINDOWED: CertificationAuditType[] = ['surveillance', 'recertification'];

export interface AuditValues {
  type: CertificationAuditType; start_date: Dayjs; end_date: Dayjs; audit_days: number; lead: string;
  members?: string[]; notes?: string; window_justification?: string;
}

/** The API's body for the form's values: the lead first, then each member named once, blanks dropped. */
export function auditBody(v: AuditValues) {
  const lead = v.lead.trim();
  const members = [...new Set((v.members ?? []).map((m) => m.trim()))].filter((m) => m && m !== lead);
  return {
    type: v.type, start_date: v.start_date.format('YYYY-MM-DD'), end_date: v.end_date.format('YYYY-MM-DD'),
    audit_days: v.audit_days,
    team: [{ name: lead, role: 'lead' }, ...members.map((name) => ({ name, role: 'member' }))],
    notes: v.notes?.trim() ?? '',
    ...(v.window_justification?.trim() ? { window_justification: v.window_justification.trim() } : {}),
  };
}

/** A certification audit of the project: type, dates, audit days, the body's team by name (one lead), notes. */
export function AuditModal({ projectId, onClose, onSaved }: { projectId: number; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const A = (k: string) => t(`certification.audits.${k}`);
  const send = async (v: AuditValues) => {
    await api(`/certifications/${projectId}/audits`, { method: 'POST', json: auditBody(v) });
    onSaved();
  };
  return (
    <FormModal<AuditValues> title={A('add')} fields={FIELDS} send={send} onClose={onClose}
      initialValues={{ type: 'stage1', audit_days: 1 }}>
      <Form.Item name="type" label={A('type')}>
        <Select options={AUDIT_TYPES.map((a) => ({ value: a, label: A(`types.${a}`) }))} />
      </Form.Item>
      <Form.Item name="start_date" label={A('startDate')} rules={[{ required: true, message: A('dateRequired') }]}>
        <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="end_date" label={A('endDate')} dependencies={['start_date']}
        rules={[
          { required: true, message: A('dateRequired') },
          ({ getFieldValue }) => ({
            validator: (_, end?: Dayjs) => {
              const start = getFieldValue('start_date') as Dayjs | undefined;
              return !end || !start || !end.isBefore(start, 'day') ? Promise.resolve() : Promise.reject(new Error(A('endBeforeStart')));
            },
          }),
        ]}>
        <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="audit_days" label={A('days')}>
        <InputNumber min={0.5} max={365} step={0.5} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="lead" label={A('lead')} rules={[{ required: true, whitespace: true, message: A('leadRequired') }]}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="members" label={A('members')} extra={A('membersHelp')}>
        <Select mode="tags" open={false} tokenSeparators={[',', ';']} />
      </Form.Item>
      <Form.Item name="notes" label={A('notes')}><Input.TextArea rows={2} maxLength={10000} /></Form.Item>
      <Form.Item noStyle shouldUpdate={(a: AuditValues, b: AuditValues) => a.type !== b.type}>
        {({ getFieldValue }) => WINDOWED.includes(getFieldValue('type') as CertificationAuditType) && (
          <Form.Item name="window_justification" label={A('justification')} extra={A('justificationHelp')}>
            <Input.TextArea rows={2} maxLength={2000} />
          </Form.Item>
        )}
      </Form.Item>
    </FormModal>
  );
}

/** Completes a planned certification audit (once its end date has come) or cancels it with a comment. */
export function AuditStepModal({ projectId, audit, action, onClose, onSaved }: {
  projectId: number; audit: CertificationAudit; action: 'complete' | 'cancel'; onClose: () => void; onSaved: () => void;
}) {
  const { t } = useTranslation();
  const A = (k: string) => t(`certification.audits.${k}`);
  const send = async (v: { comment?: string }) => {
    await api(`/certifications/${projectId}/audits/${audit.id}/transitions`, {
      method: 'POST', json: { version: audit.version, action, comment: v.comment?.trim() || undefined },
    });
    onSaved();
  };
  return (
    <FormModal title={`${A(`transitions.${action}`)}: ${A(`types.${audit.type}`)}`} fields={['comment']} send={send}
      onClose={onClose} onStale={onSaved} okText={t('common.confirm')}>
      <Typography.Paragraph type="secondary">{A(`transitionHelp.${action}`)}</Typography.Paragraph>
      <Form.Item name="comment" label={t('certification.projects.comment')}
        rules={action === 'cancel' ? [{ required: true, whitespace: true, message: A('commentRequired') }] : []}>
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
    </FormModal>
  );
}
