import { Alert, App, Form, Input } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../components/FormModal';
import { api } from '../api/client';
import { formatDate } from '../format';
import { retentionState } from './retention';
import type { RetainedRecord } from './types';

interface Props { record: RetainedRecord; onClose: () => void; onSaved: (r: RetainedRecord) => void }

/** Places a legal hold on a record, with its reason (document managers only; the server checks). */
export function HoldModal({ record: r, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const send = async (v: { legal_hold_reason: string }) => {
    const saved = await api<RetainedRecord>(`/records/${r.id}`, {
      method: 'PATCH', json: { version: r.version, legal_hold: true, legal_hold_reason: v.legal_hold_reason.trim() },
    });
    message.success(t('records.hold.placed'));
    void qc.invalidateQueries({ queryKey: ['records'] });
    onSaved(saved);
  };
  return (
    <FormModal
      title={t('records.hold.place')}
      okText={t('records.hold.place')}
      fields={['legal_hold_reason']}
      send={send}
      onClose={onClose}
      onStale={() => { void qc.invalidateQueries({ queryKey: ['records'] }); onClose(); }}
    >
      <Alert type="info" showIcon message={t('records.hold.help')} style={{ marginBottom: 12 }} />
      <Form.Item name="legal_hold_reason" label={t('records.hold.reason')}
        rules={[{ required: true, whitespace: true, message: t('records.hold.reasonRequired') }]}>
        <Input.TextArea rows={3} maxLength={1000} />
      </Form.Item>
    </FormModal>
  );
}

/** Lifts a record's legal hold (the reason goes with it; the audit trail keeps both). */
export async function liftHold(r: RetainedRecord) {
  return api<RetainedRecord>(`/records/${r.id}`, {
    method: 'PATCH', json: { version: r.version, legal_hold: false, legal_hold_reason: '' },
  });
}

/**
 * Disposes of a record with a reason. Before its retention ends or under a hold the dialog says so beforehand and
 * still sends: the server's refusal (problem+json) is what shows, above the form.
 */
export function DisposeModal({ record: r, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const state = retentionState(r);
  const send = async (v: { reason: string }) => {
    const saved = await api<RetainedRecord>(`/records/${r.id}/disposal`, {
      method: 'POST', json: { version: r.version, reason: v.reason.trim() },
    });
    message.success(t('records.disposal.done'));
    void qc.invalidateQueries({ queryKey: ['records'] });
    void qc.invalidateQueries({ queryKey: ['evidence'] });
    onSaved(saved);
  };
  return (
    <FormModal
      title={`${t('records.disposal.dispose')}: ${r.title}`}
      okText={t('records.disposal.dispose')}
      fields={['reason']}
      send={send}
      onClose={onClose}
      onStale={() => { void qc.invalidateQueries({ queryKey: ['records'] }); onClose(); }}
    >
      {state === 'kept' && (
        <Alert type="warning" showIcon style={{ marginBottom: 12 }}
          message={t('records.disposal.beforeRetention', { date: formatDate(r.retain_until) })} />
      )}
      {state === 'hold' && <Alert type="warning" showIcon style={{ marginBottom: 12 }} message={t('records.disposal.underHold')} />}
      <Alert type="info" showIcon message={t('records.disposal.help')} style={{ marginBottom: 12 }} />
      <Form.Item name="reason" label={t('records.disposal.reason')}
        rules={[{ required: true, whitespace: true, message: t('records.disposal.reasonRequired') }]}>
        <Input.TextArea rows={3} maxLength={1000} />
      </Form.Item>
    </FormModal>
  );
}
