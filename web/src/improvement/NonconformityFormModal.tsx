import { App, DatePicker, Form, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { FormModal } from '../components/FormModal';
import { FormSelect } from '../components/FormSelect';
import { UnitSelect } from '../components/RemoteSelect';
import { ClauseSelect } from '../documents/Clauses';
import { NC_SOURCES, SEVERITIES, type DueDays, type Nonconformity } from './types';

const FIELDS = ['unit_id', 'title', 'description', 'source', 'severity', 'detected_on', 'due_date', 'clause_ids'];

interface Values {
  unit_id?: number; title: string; description?: string; source?: string; severity?: string; detected_on?: Dayjs;
  due_date?: Dayjs; clause_ids?: number[];
}

const day = (d?: Dayjs) => d?.format('YYYY-MM-DD');

/** Reports a nonconformity, or (given one) changes its title, description and due date. */
export function NonconformityFormModal({
  nc, onClose, onSaved,
}: { nc?: Nonconformity; onClose: () => void; onSaved: (nc: Nonconformity) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const settings = useQuery({ queryKey: ['nonconformity-settings'], queryFn: () => api<DueDays>('/nonconformity-settings') });

  const send = async (v: Values) => {
    let saved: Nonconformity;
    if (nc) {
      const body: Record<string, unknown> = { version: nc.version, title: v.title, description: v.description ?? '' };
      if (v.due_date) body.due_date = day(v.due_date);
      saved = await api<Nonconformity>(`/nonconformities/${nc.id}`, { method: 'PATCH', json: body });
      message.success(t('common.saved'));
    } else {
      const body: Record<string, unknown> = {
        unit_id: v.unit_id, title: v.title, description: v.description ?? '', source: v.source, severity: v.severity,
        clause_ids: v.clause_ids ?? [],
      };
      if (v.detected_on) body.detected_on = day(v.detected_on);
      if (v.due_date) body.due_date = day(v.due_date);
      saved = await api<Nonconformity>('/nonconformities', { method: 'POST', json: body });
      message.success(t('improvement.nc.created', { id: saved.id }));
    }
    await qc.invalidateQueries({ queryKey: ['nonconformities'] });
    onSaved(saved);
  };

  const initial = nc
    ? { title: nc.title, description: nc.description, due_date: dayjs(nc.due_date) }
    : { source: 'other', severity: 'minor', clause_ids: [] };

  return (
    <FormModal
      title={nc ? t('improvement.nc.editTitle', { id: nc.id }) : t('improvement.nc.create')}
      fields={nc ? ['title', 'description', 'due_date'] : FIELDS}
      send={send}
      onClose={onClose}
      onStale={nc && (() => { void qc.invalidateQueries({ queryKey: ['nonconformities'] }); onClose(); })}
      initialValues={initial}
    >
      <Form.Item name="title" label={t('improvement.nc.titleField')} rules={[{ required: true, whitespace: true }]}>
        <Input maxLength={300} />
      </Form.Item>
      <Form.Item name="description" label={t('improvement.nc.description')}>
        <Input.TextArea rows={3} maxLength={10000} />
      </Form.Item>
      {!nc && (
        <>
          <Form.Item name="unit_id" label={t('improvement.nc.unit')} rules={[{ required: true }]}>
            <UnitSelect />
          </Form.Item>
          <Form.Item name="source" label={t('improvement.nc.source')} rules={[{ required: true }]}>
            <FormSelect options={NC_SOURCES.map((s) => ({ value: s, label: t(`improvement.nc.sources.${s}`) }))} />
          </Form.Item>
          <Form.Item name="severity" label={t('improvement.nc.severity')} rules={[{ required: true }]}>
            <FormSelect options={SEVERITIES.map((s) => ({ value: s, label: t(`improvement.nc.severities.${s}`) }))} />
          </Form.Item>
          <Form.Item name="clause_ids" label={t('improvement.nc.clauses')} extra={t('improvement.nc.clausesHelp')}>
            <ClauseSelect />
          </Form.Item>
          <Form.Item name="detected_on" label={t('improvement.nc.detectedOn')}>
            <DatePicker format="DD/MM/YYYY" />
          </Form.Item>
        </>
      )}
      <Form.Item
        name="due_date"
        label={t('improvement.nc.dueDate')}
        extra={!nc && settings.data ? t('improvement.nc.dueDateHelp', { major: settings.data.major_days, minor: settings.data.minor_days }) : undefined}
      >
        <DatePicker format="DD/MM/YYYY" />
      </Form.Item>
    </FormModal>
  );
}
