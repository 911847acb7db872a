import { App, DatePicker, Form, Input, InputNumber, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../components/FormModal';
import { FormSelect } from '../components/FormSelect';
import { UnitSelect, UserSelect } from '../components/RemoteSelect';
import { ClauseSelect } from '../documents/Clauses';
import { api } from '../api/client';
import { formatDate } from '../format';
import { retainUntil } from './retention';
import { RECORD_CATEGORIES, type RetainedRecord } from './types';

const FIELDS = ['unit_id', 'title', 'category', 'recorded_on', 'retention_months', 'owner_id', 'description', 'clause_ids'];
const EDITABLE = ['title', 'category', 'recorded_on', 'retention_months', 'description', 'clause_ids'] as const;

interface Values {
  unit_id?: number; title: string; category: string; recorded_on?: Dayjs; retention_months?: number | null;
  owner_id?: number; description?: string; clause_ids?: number[];
}

/**
 * The body the API takes: a new record gets every field given; an edit gets only what changed (and the version), so
 * that a hold or a disposal someone made meanwhile is not sent back.
 */
export function recordBody(v: Values, before?: RetainedRecord): Record<string, unknown> {
  const given: Record<string, unknown> = {
    title: v.title?.trim(), category: v.category, recorded_on: v.recorded_on?.format('YYYY-MM-DD'),
    retention_months: v.retention_months ?? undefined, description: v.description ?? '', clause_ids: v.clause_ids ?? [],
  };
  if (!before) {
    const body: Record<string, unknown> = { ...given, unit_id: v.unit_id, owner_id: v.owner_id };
    return Object.fromEntries(Object.entries(body).filter(([, x]) => x !== undefined && x !== null && x !== ''));
  }
  const changed: Record<string, unknown> = { version: before.version };
  for (const k of EDITABLE) {
    if (given[k] === undefined) continue;
    if (JSON.stringify(given[k]) !== JSON.stringify(before[k])) changed[k] = given[k];
  }
  return changed;
}

/** Creates a record, or (given one) edits its details; the date it is kept until is previewed as the user types. */
export function RecordFormModal({
  record: r, onClose, onSaved,
}: { record?: RetainedRecord; onClose: () => void; onSaved: (r: RetainedRecord) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();

  const send = async (v: Values) => {
    const body = recordBody(v, r);
    const saved = r
      ? await api<RetainedRecord>(`/records/${r.id}`, { method: 'PATCH', json: body })
      : await api<RetainedRecord>('/records', { method: 'POST', json: body });
    message.success(r ? t('common.saved') : t('records.created'));
    void qc.invalidateQueries({ queryKey: ['records'] });
    void qc.invalidateQueries({ queryKey: ['evidence'] });
    onSaved(saved);
  };

  return (
    <FormModal<Values>
      title={r ? t('records.editTitle') : t('records.create')}
      fields={FIELDS}
      send={send}
      onClose={onClose}
      onStale={r && (() => { void qc.invalidateQueries({ queryKey: ['records'] }); onClose(); })}
      initialValues={r ? { ...r, recorded_on: dayjs(r.recorded_on) } : { retention_months: 60 }}
    >
      <Form.Item name="title" label={t('records.titleField')} rules={[{ required: true, whitespace: true }]}>
        <Input maxLength={300} />
      </Form.Item>
      <Form.Item name="category" label={t('records.category')} rules={[{ required: true }]}>
        <FormSelect options={RECORD_CATEGORIES.map((c) => ({ value: c, label: t(`records.categories.${c}`) }))} />
      </Form.Item>
      {!r && (
        <Form.Item name="unit_id" label={t('records.unit')} rules={[{ required: true }]}>
          <UnitSelect />
        </Form.Item>
      )}
      <Form.Item name="recorded_on" label={t('records.recordedOn')} extra={t('records.recordedOnHelp')} rules={[{ required: true }]}>
        <DatePicker format="DD/MM/YYYY" disabledDate={(d) => d.isAfter(dayjs(), 'day')} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="retention_months" label={t('records.retentionMonths')} extra={t('records.retentionHelp')}>
        <InputNumber min={1} max={1200} precision={0} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item noStyle shouldUpdate={(a: Values, b: Values) => a.recorded_on !== b.recorded_on || a.retention_months !== b.retention_months}>
        {({ getFieldValue }) => {
          const until = retainUntil((getFieldValue('recorded_on') as Dayjs | undefined)?.format('YYYY-MM-DD'),
            (getFieldValue('retention_months') as number | null | undefined) ?? 60);
          return until && (
            <Typography.Paragraph type="secondary" data-testid="retain-until-preview" style={{ marginTop: -8 }}>
              {t('records.retainUntilPreview', { date: formatDate(until) })}
            </Typography.Paragraph>
          );
        }}
      </Form.Item>
      {!r && (
        <Form.Item name="owner_id" label={t('records.owner')} extra={t('records.ownerHelp')}>
          <UserSelect allowClear />
        </Form.Item>
      )}
      <Form.Item name="description" label={t('records.description')}>
        <Input.TextArea rows={3} maxLength={10000} />
      </Form.Item>
      <Form.Item name="clause_ids" label={t('records.clauses')} extra={t('records.clausesHelp')}>
        <ClauseSelect />
      </Form.Item>
    </FormModal>
  );
}
